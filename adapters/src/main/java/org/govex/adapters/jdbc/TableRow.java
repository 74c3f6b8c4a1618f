package org.govex.adapters.jdbc;

import java.time.Instant;

/**
 * One delivered record as a row of the consumer's table: the record key is the primary key, the
 * journal sequence decides which version of a key is newest, the payload is the JSON text.
 */
public record TableRow(String recordKey, long seq, String eventId, String resourceCode, Instant recordedAt, String payload) {
}
