package org.govex.adapters.kafka;

import java.time.Instant;

/**
 * One event for a Kafka topic, written in CloudEvents' Kafka binary mode: the record key is the
 * record's business key (so one key's events stay in one partition, in order), the value is the
 * JSON data and the {@code ce_*} headers carry id, source, type and time.
 */
public record TopicRecord(String key, String eventId, String source, String type, Instant time, byte[] json) {
}
