package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;

/**
 * One record as delivered: a CloudEvents 1.0 event whose id ({@code <resource>:<seq>}) stays the
 * same on every redelivery, so consumers deduplicate on it.
 */
public record DeliveryEvent(String id, long seq, String resource, String key, Instant time, ObjectNode data) {

    public static String idOf(String resource, long seq) {
        return resource + ":" + seq;
    }
}
