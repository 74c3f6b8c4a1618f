package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The event written once as bytes is the same CloudEvent as the tree form, byte for byte in a batch and a feed page. */
class CloudEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DeliveryEvent event(String key) {
        ObjectNode data = JSON.createObjectNode();
        data.put("idNumber", "330106********0011");
        data.put("name", "王*");
        data.put("domicileDivision", "330106");
        data.put("updatedAt", "2026-11-26T14:00:00+08:00");
        return new DeliveryEvent(DeliveryEvent.idOf("101001-000001", 42), 42, "101001-000001", key,
                Instant.parse("2026-11-26T06:00:00.123456Z"), data);
    }

    @Test
    void structuredBytesAreTheEventEnvelope() throws Exception {
        for (String key : new String[]{"p-3f9a0c5e7b1d2f4a6c8e0b1d3f5a7c9e", null}) {
            DeliveryEvent e = event(key);
            byte[] written = CloudEvents.structured(JSON, e).asUnquotedUTF8();
            JsonNode parsed = JSON.readTree(written);
            assertThat(parsed.fieldNames()).toIterable().containsExactly("specversion", "id", "source", "type", "subject",
                    "time", "datacontenttype", "govexsequence", "data");
            assertThat(parsed.get("specversion").asText()).isEqualTo("1.0");
            assertThat(parsed.get("id").asText()).isEqualTo("101001-000001:42");
            assertThat(parsed.get("source").asText()).isEqualTo("/govex/resources/101001-000001");
            assertThat(parsed.get("type").asText()).isEqualTo(CloudEvents.EVENT_TYPE);
            if (key == null) {
                assertThat(parsed.get("subject").isNull()).isTrue();
            } else {
                assertThat(parsed.get("subject").asText()).isEqualTo(key);
            }
            assertThat(parsed.get("time").asText()).isEqualTo("2026-11-26T06:00:00.123456Z");
            assertThat(parsed.get("datacontenttype").asText()).isEqualTo("application/json");
            assertThat(parsed.get("govexsequence").asLong()).isEqualTo(42);
            assertThat(parsed.get("data")).isEqualTo(e.data());
            assertThat(parsed.get("data").get("name").asText()).isEqualTo("王*");
            assertThat(CloudEvents.structured(JSON, e).getValue()).isEqualTo(new String(written, StandardCharsets.UTF_8));
        }
    }

    @Test
    void aBatchJoinsTheWrittenEventsIntoOneArray() throws Exception {
        DeliveryEvent e = event("p-3f9a0c5e7b1d2f4a6c8e0b1d3f5a7c9e");
        DeliveryEvent written = new DeliveryEvent(e.id(), e.seq(), e.resource(), e.key(), e.time(), e.data(),
                CloudEvents.structured(JSON, e));
        byte[] joined = CloudEvents.batch(JSON, java.util.List.of(written, e)); // the second without written bytes
        String one = CloudEvents.structured(JSON, e).getValue();
        assertThat(new String(joined, StandardCharsets.UTF_8)).isEqualTo("[" + one + "," + one + "]");
        JsonNode batch = JSON.readTree(joined);
        assertThat(batch.size()).isEqualTo(2);
        assertThat(batch.get(1).get("data")).isEqualTo(e.data());
    }

    @Test
    void aFeedPageIsItsHeadThenTheEventsAsWritten() throws Exception {
        DeliveryEvent e = event("p-3f9a0c5e7b1d2f4a6c8e0b1d3f5a7c9e");
        DeliveryEvent written = new DeliveryEvent(e.id(), e.seq(), e.resource(), e.key(), e.time(), e.data(),
                CloudEvents.structured(JSON, e));
        String one = CloudEvents.structured(JSON, e).getValue();
        String page = new FeedPage("101001-000001", 41, 43, 57, java.util.List.of(written, e)).body(JSON).toString(StandardCharsets.UTF_8);
        assertThat(page).isEqualTo("{\"resource\":\"101001-000001\",\"after\":41,\"next\":43,\"head\":57,\"events\":[" + one + "," + one + "]}");
        assertThat(JSON.readTree(page).get("events").get(0).get("data")).isEqualTo(e.data());
        assertThat(JSON.readTree(new FeedPage("101001-000001", 57, 57, 57, java.util.List.of()).body(JSON).getBytes()))
                .isEqualTo(JSON.readTree("{\"resource\":\"101001-000001\",\"after\":57,\"next\":57,\"head\":57,\"events\":[]}"));
        assertThat(CloudEvents.batch(JSON, java.util.List.of())).isEqualTo("[]".getBytes(StandardCharsets.UTF_8));
    }
}
