package org.govex.adapters.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against a real KRaft broker started by the test. */
class KafkaTopicSinkTest {

    private static KraftBroker broker;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = KraftBroker.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void eventsArriveAsCloudEventsInOrderPerKey() throws Exception {
        var settings = new KafkaSinkSettings(broker.bootstrapServers(), "test", "govex.", Duration.ofSeconds(30), Map.of());
        List<TopicRecord> batch = new ArrayList<>();
        String[] ids = {"330106199001011237", "33010619850315002X", "330108197712240013"};
        for (int seq = 1; seq <= 30; seq++) {
            String key = ids[seq % 3];
            String json = "{\"idNumber\":\"" + key + "\",\"name\":\"王" + seq + "\",\"seq\":" + seq + "}";
            batch.add(new TopicRecord(key, "330100-POP-001:" + seq, "urn:govex:hz", "org.govex.record.person",
                    Instant.parse("2026-11-26T01:00:00Z").plusSeconds(seq), json.getBytes(StandardCharsets.UTF_8)));
        }
        try (KafkaTopicSink sink = new KafkaTopicSink(settings)) {
            String topic = sink.topicFor("330100/POP 001");
            assertThat(topic).isEqualTo("govex.330100_POP_001");
            assertThat(sink.send(topic, batch)).hasSize(30).allSatisfy(m -> assertThat(m.hasOffset()).isTrue());

            List<ConsumerRecord<String, byte[]>> got = broker.consume(topic, 30);
            assertThat(got).hasSize(30);
            ConsumerRecord<String, byte[]> first = got.stream().filter(r -> header(r, "ce_id").equals("330100-POP-001:1")).findFirst().orElseThrow();
            assertThat(header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(header(first, "ce_type")).isEqualTo("org.govex.record.person");
            assertThat(header(first, "ce_subject")).isEqualTo(first.key());
            assertThat(new String(first.value(), StandardCharsets.UTF_8)).contains("\"name\":\"王1\"");

            Map<String, List<Integer>> seqsByKey = got.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                    Collectors.mapping(r -> Integer.parseInt(header(r, "ce_id").split(":")[1]), Collectors.toList())));
            assertThat(seqsByKey).hasSize(3);
            seqsByKey.values().forEach(seqs -> assertThat(seqs).isSorted());
        }
    }

    @Test
    void anUnreachableBrokerFailsTheSendInsteadOfPretendingSuccess() {
        var settings = new KafkaSinkSettings("127.0.0.1:1", "test", "govex.", Duration.ofSeconds(2), Map.of());
        try (KafkaTopicSink sink = new KafkaTopicSink(settings)) {
            assertThatThrownBy(() -> sink.send("govex.unreachable", List.of(new TopicRecord("k", "r:1", "urn:govex:hz",
                    "org.govex.record.person", Instant.now(), "{}".getBytes(StandardCharsets.UTF_8)))))
                    .isInstanceOf(KafkaTopicSink.KafkaSendException.class);
        }
    }


}
