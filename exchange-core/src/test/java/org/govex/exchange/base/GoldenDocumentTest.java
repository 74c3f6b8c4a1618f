package org.govex.exchange.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class GoldenDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keepsValuesAndEachFieldsSourceThroughTheStoredDocument() {
        Instant at = Instant.parse("2026-11-20T01:30:00.123456Z");
        FieldProvenance gaj = new FieldProvenance("101001-000001", "hz-gaj", 42, at, true);
        FieldProvenance mzj = new FieldProvenance("101002-000001", "hz-mzj", 57, at.plusSeconds(60), false);
        GoldenDocument d = new GoldenDocument();
        d.put("idNumber", "330106198512120011", gaj);
        d.put("name", "王小明", gaj);
        d.put("maritalStatus", "20", mzj);

        String stored = new String(d.write(JSON), StandardCharsets.UTF_8);
        assertThat(stored).contains("\"sources\":[").contains("王小明");
        assertThat(stored.split("hz-gaj", -1)).as("a source shared by fields is stored once").hasSize(2);

        GoldenRecord g = GoldenDocument.read(JSON, d.write(JSON)).toRecord(JSON, "population", "330106198512120011");
        assertThat(g.fields().get("name").asText()).isEqualTo("王小明");
        assertThat(g.fields().get("maritalStatus").asText()).isEqualTo("20");
        assertThat(g.provenance().get("name")).isEqualTo(gaj);
        assertThat(g.provenance().get("maritalStatus")).isEqualTo(mzj);
        assertThat(g.provenance().get("maritalStatus").recordedAt()).isEqualTo(at.plusSeconds(60));
    }

    @Test
    void aRecordFromOneSourceNeedsNoFieldToSourceMap() {
        FieldProvenance gaj = new FieldProvenance("101001-000001", "hz-gaj", 7, Instant.parse("2026-11-20T01:30:00Z"), true);
        GoldenDocument d = new GoldenDocument();
        d.put("idNumber", "33010819920315002X", gaj);
        d.put("name", "李娜", gaj);
        String stored = new String(d.write(JSON), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain("\"from\"");
        GoldenRecord g = GoldenDocument.read(JSON, d.write(JSON)).toRecord(JSON, "population", "33010819920315002X");
        assertThat(g.provenance()).containsEntry("idNumber", gaj).containsEntry("name", gaj);
        assertThat(g.fields().get("name").asText()).isEqualTo("李娜");
    }

    /** Rows written before the documents were stored as bytes hold text; it reads the same, members in any order. */
    @Test
    void aDocumentStoredAsTextReadsAsBefore() {
        String text = "{\"from\":{\"maritalStatus\":1},\"values\":{\"idNumber\":\"330106198512120011\",\"name\":\"王小明\","
                + "\"maritalStatus\":\"20\",\"deathDate\":null},\"sources\":[[\"101001-000001\",\"hz-gaj\",42,"
                + "\"2026-11-20T01:30:00Z\",true],[\"101002-000001\",\"hz-mzj\",57,\"2026-11-20T01:31:00Z\",false]],\"later\":[1,{\"a\":2}]}";
        GoldenRecord g = GoldenDocument.read(JSON, text).toRecord(JSON, "population", "330106198512120011");
        assertThat(g.fields().get("name").asText()).isEqualTo("王小明");
        assertThat(g.fields().get("deathDate").isNull()).isTrue();
        assertThat(g.provenance().get("name").department()).isEqualTo("hz-gaj");
        assertThat(g.provenance().get("maritalStatus")).isEqualTo(new FieldProvenance("101002-000001", "hz-mzj", 57,
                Instant.parse("2026-11-20T01:31:00Z"), false));
        assertThat(GoldenDocument.read(JSON, text.getBytes(StandardCharsets.UTF_8)).toRecord(JSON, "population", "k").fields())
                .isEqualTo(g.fields());
    }
}
