package org.govex.exchange.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govex.exchange.support.TestPersons;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's reused publish bodies: the records made one by one, with the send time set at each send. */
class PublishBodiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aBodyHoldsItsBatchsRecordsWithTheSendTime() throws Exception {
        PublishBodies bodies = new PublishBodies(0, 3, 4, (from, count, at) -> {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < count; i++) {
                TestPersons.appendFull(i > 0 ? b.append(',') : b, from + i, at);
            }
            return b.append(']').toString();
        });
        OffsetDateTime before = OffsetDateTime.now().withNano(0);
        JsonNode batch = JSON.readTree(bodies.at(6)); // the third batch: records 6, 7, 8
        assertThat(batch).hasSize(3);
        for (int i = 0; i < 3; i++) {
            JsonNode r = batch.get(i);
            assertThat(r.get("idNumber").asText()).isEqualTo(TestPersons.idNumber(6 + i));
            String sent = r.get("updatedAt").asText();
            assertThat(sent).hasSize(29);
            assertThat(OffsetDateTime.parse(sent)).isAfterOrEqualTo(before);
            // the rest of the record is the one made one by one
            ((com.fasterxml.jackson.databind.node.ObjectNode) r).put("updatedAt", "x");
            assertThat(r).isEqualTo(JSON.readTree(TestPersons.full(6 + i, "x")));
        }
        assertThat(JSON.readTree(bodies.at(6 + 12)).get(0).get("idNumber").asText())
                .as("batches repeat after count of them").isEqualTo(TestPersons.idNumber(6));
    }
}
