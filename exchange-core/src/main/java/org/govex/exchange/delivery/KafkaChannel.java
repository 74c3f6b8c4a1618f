package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.adapters.kafka.KafkaSinkSettings;
import org.govex.adapters.kafka.KafkaTopicSink;
import org.govex.adapters.kafka.TopicRecord;
import org.govex.exchange.config.KafkaConfig;

import java.util.ArrayList;
import java.util.List;

/**
 * Delivers a subscription's events to its own Kafka topic through the adapters' sink; a batch
 * counts as delivered only when the broker acknowledged every event (acks=all).
 */
@ApplicationScoped
public class KafkaChannel implements DeliveryChannel {

    private final KafkaConfig config;
    private final ObjectMapper json;
    private volatile KafkaTopicSink sink;

    public KafkaChannel(KafkaConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    public boolean configured() {
        return config.bootstrapServers().filter(s -> !s.isBlank()).isPresent();
    }

    @Override
    public ChannelType type() {
        return ChannelType.KAFKA;
    }

    /** The topic of a consumer's subscription to a resource: {@code <prefix><consumer>.<resource>}. */
    public String topicFor(String consumer, String resource) {
        return config.topicPrefix() + (consumer + "." + resource).replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private String topicOf(Subscription s) {
        return s.endpoint() != null ? s.endpoint() : topicFor(s.consumer(), s.resource());
    }

    @Override
    public void deliver(Subscription s, List<DeliveryEvent> events) throws DeliveryException {
        if (!configured()) {
            throw new DeliveryException("Kafka is not configured on this node (govex.kafka.bootstrap-servers)");
        }
        List<TopicRecord> records = new ArrayList<>(events.size());
        for (DeliveryEvent e : events) {
            records.add(new TopicRecord(e.key(), e.id(), CloudEvents.sourceOf(e.resource()), CloudEvents.EVENT_TYPE,
                    e.time(), e.dataJson(json)));
        }
        try {
            sink().send(topicOf(s), records);
        } catch (KafkaTopicSink.KafkaSendException ex) {
            throw new DeliveryException(ex.getMessage(), ex);
        }
    }

    private KafkaTopicSink sink() {
        KafkaTopicSink s = sink;
        if (s == null) {
            synchronized (this) {
                if (sink == null) {
                    sink = new KafkaTopicSink(new KafkaSinkSettings(config.bootstrapServers().orElseThrow(),
                            "govex-hub", config.topicPrefix(), config.sendTimeout(), config.producer()));
                }
                s = sink;
            }
        }
        return s;
    }

    @PreDestroy
    void close() {
        if (sink != null) {
            sink.close();
        }
    }
}
