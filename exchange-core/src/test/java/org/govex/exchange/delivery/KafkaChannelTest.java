package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.govex.adapters.kafka.KraftBroker;
import org.govex.exchange.config.KafkaConfig;
import org.junit.jupiter.api.AfterAll;
import static org.govex.adapters.kafka.KraftBroker.header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The KAFKA delivery channel against a real KRaft broker. */
class KafkaChannelTest {

    private static KraftBroker broker;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        broker = KraftBroker.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void aSubscriptionsEventsLandOnItsOwnTopicAsCloudEventsInOrder() throws Exception {
        KafkaChannel channel = new KafkaChannel(config(Optional.of(broker.bootstrapServers())), JSON);
        try {
            String topic = channel.topicFor("hz-rsj", "330100-POP-001");
            assertThat(topic).isEqualTo("govex.hz-rsj.330100-POP-001");
            Subscription s = subscription(topic);
            List<DeliveryEvent> events = new ArrayList<>();
            for (int seq = 41; seq <= 45; seq++) {
                ObjectNode data = JSON.createObjectNode().put("idNumber", "330106********1237").put("name", "陈*明").put("seq", seq);
                events.add(new DeliveryEvent(DeliveryEvent.idOf("330100-POP-001", seq), seq, "330100-POP-001",
                        "330106199001011237", Instant.parse("2026-11-26T02:00:00Z"), data));
            }
            channel.deliver(s, events);

            List<ConsumerRecord<String, byte[]>> got = broker.consume(topic, 5);
            assertThat(got).extracting(r -> header(r, "ce_id")).containsExactly(
                    "330100-POP-001:41", "330100-POP-001:42", "330100-POP-001:43", "330100-POP-001:44", "330100-POP-001:45");
            assertThat(got).allSatisfy(r -> {
                assertThat(r.key()).isEqualTo("330106199001011237");
                assertThat(header(r, "ce_type")).isEqualTo(CloudEvents.EVENT_TYPE);
                assertThat(header(r, "ce_source")).isEqualTo("/govex/resources/330100-POP-001");
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).contains("\"name\":\"陈*明\"").doesNotContain("330106199001011237");
            });
        } finally {
            channel.close();
        }
    }

    @Test
    void withoutBootstrapServersTheChannelIsOffAndDeliveryFails() {
        KafkaChannel channel = new KafkaChannel(config(Optional.empty()), JSON);
        assertThat(channel.configured()).isFalse();
        assertThatThrownBy(() -> channel.deliver(subscription("govex.x"), List.of()))
                .isInstanceOf(DeliveryChannel.DeliveryException.class)
                .hasMessageContaining("govex.kafka.bootstrap-servers");
    }

    private static Subscription subscription(String topic) {
        return new Subscription("sub-1", "hz-rsj", "330100-POP-001", "grant-1", ChannelType.KAFKA, topic, null, null,
                SubscriptionStatus.ACTIVE, 40, 0, null, null, null, 0, null, Instant.now());
    }

    private static KafkaConfig config(Optional<String> servers) {
        return new KafkaConfig() {
            public Optional<String> bootstrapServers() {
                return servers;
            }

            public String topicPrefix() {
                return "govex.";
            }

            public Duration sendTimeout() {
                return Duration.ofSeconds(20);
            }

            public Map<String, String> producer() {
                return Map.of();
            }
        };
    }
}
