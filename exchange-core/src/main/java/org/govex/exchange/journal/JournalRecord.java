package org.govex.exchange.journal;

import java.time.Instant;

/** One accepted record in the journal: its global sequence number and the record as JSON. */
public record JournalRecord(long seq, String resourceCode, String recordKey, String payload, String batchId,
                            String publisherId, Instant recordedAt) {
}
