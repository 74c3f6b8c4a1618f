package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One record as delivered: a CloudEvents 1.0 event whose id ({@code <resource>:<seq>}) stays the
 * same on every redelivery, so consumers deduplicate on it. {@code data} is the projected, masked
 * record (shared, read-only); {@code structured}, when present, is the whole event already written
 * as CloudEvents structured JSON (its UTF-8 bytes cached), shared by every subscriber with the
 * same view of the resource.
 */
public record DeliveryEvent(String id, long seq, String resource, String key, Instant time, ObjectNode data,
                            SerializableString structured) {

    public DeliveryEvent(String id, long seq, String resource, String key, Instant time, ObjectNode data) {
        this(id, seq, resource, key, time, data, null);
    }

    public static String idOf(String resource, long seq) {
        return resource + ":" + seq;
    }
}
