package org.govex.exchange.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Kafka for the KAFKA delivery channel ({@code govex.kafka.*}); unset means the channel is off. */
@ConfigMapping(prefix = "govex.kafka")
public interface KafkaConfig {

    /** e.g. {@code kafka-1:9092,kafka-2:9092}; GOVEX_KAFKA_BOOTSTRAP_SERVERS. */
    @WithName("bootstrap-servers")
    Optional<String> bootstrapServers();

    /** Topics are {@code <prefix><consumer>.<resource>}. */
    @WithName("topic-prefix")
    @WithDefault("govex.")
    String topicPrefix();

    /** How long one batch may wait for the broker's acknowledgements. */
    @WithName("send-timeout")
    @WithDefault("30s")
    Duration sendTimeout();

    /** Extra producer properties (security, TLS...). */
    Map<String, String> producer();
}
