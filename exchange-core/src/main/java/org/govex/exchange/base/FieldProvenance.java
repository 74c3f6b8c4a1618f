package org.govex.exchange.base;

import java.time.Instant;

/** Where a field of a golden record came from. */
public record FieldProvenance(String resource, String department, long sequence, Instant recordedAt, boolean authoritative) {
}
