package org.govex.exchange.base;

import java.time.Instant;

/**
 * Two sources disagreeing on one field of one key. {@code resolution}: AUTHORITATIVE_KEPT (the
 * authoritative value stayed), AUTHORITATIVE_REPLACED (the authoritative source overrode),
 * NO_AUTHORITY (no source is authoritative for it: the latest value stands, planners decide),
 * AMBIGUOUS_AUTHORITY (two resources claim authority: a catalog error).
 */
public record Conflict(String id, String baseDatabase, String key, String field, String keptValue, String keptResource,
                       String keptDepartment, String otherValue, String otherResource, String otherDepartment,
                       long sequence, String resolution, Instant detectedAt) {
}
