package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One record as delivered: a CloudEvents 1.0 event whose id ({@code <resource>:<seq>}) stays the
 * same on every redelivery, so consumers deduplicate on it. {@code structured}, when present, is
 * the whole event already written as CloudEvents structured JSON (its UTF-8 bytes cached), shared
 * by every subscriber with the same view of the resource; such an event keeps its data (the
 * projected, masked record) only there ({@code data} is null; {@link #dataJson} gives it).
 * Otherwise {@code data} is the record as a tree (shared, read-only).
 */
public record DeliveryEvent(String id, long seq, String resource, String key, Instant time, ObjectNode data,
                            SerializableString structured) {

    public DeliveryEvent(String id, long seq, String resource, String key, Instant time, ObjectNode data) {
        this(id, seq, resource, key, time, data, null);
    }

    public static String idOf(String resource, long seq) {
        return resource + ":" + seq;
    }

    /** The projected record as UTF-8 JSON, for channels that send it without an envelope. */
    public byte[] dataJson(ObjectMapper json) {
        if (data == null && structured instanceof WrittenEvent written) {
            return written.data();
        }
        try {
            return json.writeValueAsBytes(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
