package org.govex.exchange.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One accepted record in the journal: its global sequence number and the record as JSON (the
 * in-memory tail keeps the JSON only: 50,000 parsed trees were some 2 million objects that the
 * garbage collector marked on every cycle).
 */
public record JournalRecord(long seq, String resourceCode, String recordKey, String payload, String batchId,
                            String publisherId, Instant recordedAt) {

    /** The record parsed as a JSON tree (a fresh one, the caller's to change). */
    public ObjectNode tree(ObjectMapper json) {
        try {
            return (ObjectNode) json.readTree(payload);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("journal record " + seq + " is not a JSON object", e);
        }
    }
}
