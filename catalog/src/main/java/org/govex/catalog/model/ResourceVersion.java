package org.govex.catalog.model;

import java.time.Instant;

/** One entry of a resource's history: the version made by one change. */
public record ResourceVersion(String code, int version, ResourceStatus status, Instant modified,
                              String changedBy, String note) {
}
