package org.govex.exchange.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One accepted record in the journal: its global sequence number and the record as JSON.
 * {@code tree} is the parsed record when it came from the in-memory tail (shared by all
 * readers: never modify it), {@code null} when read from the database.
 */
public record JournalRecord(long seq, String resourceCode, String recordKey, String payload, String batchId,
                            String publisherId, Instant recordedAt, ObjectNode tree) {

    public JournalRecord(long seq, String resourceCode, String recordKey, String payload, String batchId,
                         String publisherId, Instant recordedAt) {
        this(seq, resourceCode, recordKey, payload, batchId, publisherId, recordedAt, null);
    }

    /** The record as a JSON tree: the shared parsed one, or a fresh parse of the payload. */
    public ObjectNode tree(ObjectMapper json) {
        if (tree != null) {
            return tree;
        }
        try {
            return (ObjectNode) json.readTree(payload);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("journal record " + seq + " is not a JSON object", e);
        }
    }
}
