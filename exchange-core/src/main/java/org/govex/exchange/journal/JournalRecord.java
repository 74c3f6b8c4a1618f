package org.govex.exchange.journal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One accepted record in the journal: its global sequence number and the record as UTF-8 JSON,
 * as the validator wrote it and the journal stores it (the in-memory tail keeps the JSON only:
 * 50,000 parsed trees were some 2 million objects that the garbage collector marked on every
 * cycle). The payload array is shared, not to be changed.
 */
public record JournalRecord(long seq, String resourceCode, String recordKey, byte[] payload, String batchId,
                            String publisherId, Instant recordedAt) {

    /** A record whose JSON is given as text. */
    public JournalRecord(long seq, String resourceCode, String recordKey, String payload, String batchId, String publisherId,
                         Instant recordedAt) {
        this(seq, resourceCode, recordKey, payload.getBytes(StandardCharsets.UTF_8), batchId, publisherId, recordedAt);
    }

    /** The JSON as text. */
    public String payloadText() {
        return new String(payload, StandardCharsets.UTF_8);
    }

    /** The record parsed as a JSON tree (a fresh one, the caller's to change). */
    public ObjectNode tree(ObjectMapper json) {
        try {
            return (ObjectNode) json.readTree(payload);
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("journal record " + seq + " is not a JSON object", e);
        }
    }

    @Override
    public String toString() {
        return "JournalRecord[seq=" + seq + ", resource=" + resourceCode + ", key=" + recordKey + ", payload=" + payloadText() + "]";
    }
}
