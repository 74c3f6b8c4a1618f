package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.AccessStatus;
import org.govex.exchange.access.RecordView;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.journal.JournalRecord;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceState;
import org.govex.exchange.resource.ShareType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EventReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CODE = "101001-000001";
    private static final Instant AT = Instant.parse("2026-11-20T01:30:00Z");
    private static final List<JournalRecord> RECORDS = List.of(
            new JournalRecord(101, CODE, "330106198512120011", "{\"idNumber\":\"330106198512120011\",\"name\":\"王小明\","
                    + "\"domicileDivision\":\"330106\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}", "b-1", "hz-gaj", AT),
            new JournalRecord(102, CODE, "33010819920315002X", "{\"idNumber\":\"33010819920315002X\",\"name\":\"李娜\","
                    + "\"domicileDivision\":\"330108\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}", "b-1", "hz-gaj", AT));

    /** The journal as the reader sees it: these two records after any cursor below them. */
    private static final Journal JOURNAL = new Journal(null, JSON) {
        @Override
        public List<JournalRecord> read(String resourceCode, long after, int limit) {
            return RECORDS.stream().filter(r -> r.seq() > after).limit(limit).toList();
        }
    };

    private static ResourceDefinition population(boolean idSensitive) {
        return new ResourceDefinition(CODE, "人口基本信息", "hz-gaj", "person", ResourceState.PUBLISHED, ShareType.CONDITIONAL,
                "依申请", "《政务信息资源共享管理暂行办法》", false, List.of(
                new DataItemDefinition("idNumber", "person.idNumber", "string", 18, true, idSensitive, true),
                new DataItemDefinition("name", "person.name", "string", 50, true, true, true),
                new DataItemDefinition("domicileDivision", "person.domicileDivision", "string", 6, false, false, true),
                new DataItemDefinition("updatedAt", "person.updatedAt", "string", null, false, false, false)));
    }

    private static AccessRequest grant(String id, String consumer, List<String> fields, List<String> unmasked) {
        return new AccessRequest(id, consumer, CODE, "hz-gaj", "婚姻登记核验", "《婚姻登记条例》", fields, AccessStatus.GRANTED,
                ShareType.CONDITIONAL, fields, unmasked, null, AT, null, false, AT, "hz-gaj", null);
    }

    /** The projected record an event carries, as a tree. */
    private static com.fasterxml.jackson.databind.node.ObjectNode data(DeliveryEvent e) {
        try {
            return (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(e.dataJson(JSON));
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    private final EventReader reader = new EventReader(JOURNAL, new RecordView(), JSON,
            new KeyPseudonyms("test-pseudonym-key-0123456789abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    @Test
    void consumersWithTheSameViewShareOneProjectionAndTheWrittenEvent() throws Exception {
        List<String> fields = List.of("idNumber", "name", "updatedAt");
        EventReader.Page mzj = reader.read(population(true), grant("g-mzj", "hz-mzj", fields, null), null, 100, 10);
        EventReader.Page rsj = reader.read(population(true), grant("g-rsj", "hz-rsj", fields, List.of()), null, 100, 10);

        assertThat(mzj.events()).hasSize(2);
        assertThat(rsj.events().get(0)).isSameAs(mzj.events().get(0));
        JsonNode first = JSON.readTree(mzj.events().get(0).structured().getValue());
        assertThat(first.get("id").asText()).isEqualTo(CODE + ":101");
        assertThat(first.get("data").get("idNumber").asText()).isEqualTo("330106********0011");
        assertThat(first.get("data").get("name").asText()).isEqualTo("王**");
        assertThat(first.get("data").has("domicileDivision")).isFalse();
        assertThat(first.get("subject").asText()).as("the masked ID number is not the subject either")
                .matches("p-[0-9a-f]{32}").isEqualTo(mzj.events().get(0).key());
        // the second event of the page, written by the same generator, is a whole event of its own
        byte[] second = mzj.events().get(1).structured().asUnquotedUTF8();
        JsonNode li = JSON.readTree(second);
        assertThat(second[0]).isEqualTo((byte) '{');
        assertThat(li.get("id").asText()).isEqualTo(CODE + ":102");
        assertThat(li.get("specversion").asText()).isEqualTo("1.0");
        assertThat(li.get("data").get("name").asText()).isEqualTo("李*");
        assertThat(li.get("time").asText()).isEqualTo("2026-11-20T01:30:00Z");
    }

    @Test
    void theRingKeepsTheNewestEventOfEachSlotAndNeverAnswersWithAnotherSequence() {
        EventReader.Ring ring = new EventReader.Ring(CODE, 4, null, null);
        DeliveryEvent seven = new DeliveryEvent(DeliveryEvent.idOf(CODE, 7), 7, CODE, "k7", AT, JSON.createObjectNode());
        DeliveryEvent eleven = new DeliveryEvent(DeliveryEvent.idOf(CODE, 11), 11, CODE, "k11", AT, JSON.createObjectNode());
        ring.put(seven);
        assertThat(ring.get(7)).isSameAs(seven);
        assertThat(ring.get(3)).as("same slot, other sequence").isNull();
        assertThat(ring.get(8)).isNull();
        ring.put(eleven); // 11 mod 4 = 7 mod 4: the newer record takes the slot
        assertThat(ring.get(7)).isNull();
        assertThat(ring.get(11)).isSameAs(eleven);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new EventReader.Ring(CODE, 6, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyTheGrantMasksGoesOutAsAStablePseudonymOfTheView() {
        List<String> fields = List.of("idNumber", "name", "updatedAt");
        String once = reader.read(population(true), grant("g-6", "hz-mzj", fields, null), null, 100, 10).events().get(0).key();
        EventReader fresh = new EventReader(JOURNAL, new RecordView(), JSON,
                new KeyPseudonyms("test-pseudonym-key-0123456789abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(fresh.read(population(true), grant("g-7", "hz-rsj", List.of("updatedAt", "idNumber", "name"), null), null, 100, 10)
                .events().get(0).key()).as("same view after a restart, fields in another order").isEqualTo(once);
        assertThat(reader.read(population(true), grant("g-8", "hz-wjw", List.of("idNumber", "updatedAt"), null), null, 100, 10)
                .events().get(0).key()).as("another view").startsWith("p-").isNotEqualTo(once);
        assertThat(reader.read(population(true), grant("g-9", "hz-swj", List.of("name", "updatedAt"), null), null, 100, 10)
                .events().get(0).key()).as("key field not granted").startsWith("p-");
        assertThat(reader.read(population(true), grant("g-10", "hz-fgj", fields, List.of("idNumber")), null, 100, 10)
                .events().get(0).key()).as("unmasked by the grant").isEqualTo("330106198512120011");
        assertThat(reader.read(population(false), grant("g-11", "hz-tjj", fields, null), null, 100, 10)
                .events().get(0).key()).as("not sensitive in the catalog").isEqualTo("330106198512120011");
    }

    @Test
    void anotherFieldSetAnUnmaskedGrantOrAChangedCatalogIsAnotherView() throws Exception {
        List<String> fields = List.of("idNumber", "name", "updatedAt");
        DeliveryEvent masked = reader.read(population(true), grant("g-1", "hz-mzj", fields, null), null, 100, 10).events().get(1);
        DeliveryEvent unmasked = reader.read(population(true), grant("g-2", "hz-wjw", fields, List.of("idNumber")), null, 100, 10)
                .events().get(1);
        DeliveryEvent notSensitive = reader.read(population(false), grant("g-3", "hz-swj", fields, null), null, 100, 10)
                .events().get(1);
        DeliveryEvent divisionOnly = reader.read(population(true), grant("g-4", "hz-fgj", List.of("domicileDivision"), null), null, 100, 10)
                .events().get(1);

        assertThat(data(masked).get("idNumber").asText()).isEqualTo("330108********002X");
        assertThat(data(unmasked).get("idNumber").asText()).isEqualTo("33010819920315002X");
        assertThat(data(notSensitive).get("idNumber").asText()).isEqualTo("33010819920315002X");
        assertThat(data(divisionOnly).fieldNames()).toIterable().containsExactly("domicileDivision");
    }

    @Test
    void aBatchJoinedFromWrittenEventsIsTheBatchWrittenAsATree() throws Exception {
        List<DeliveryEvent> events = reader.read(population(true), grant("g-5", "hz-mzj",
                List.of("idNumber", "name", "domicileDivision", "updatedAt"), null), "330108", 100, 10).events();
        assertThat(events).extracting(DeliveryEvent::seq).containsExactly(102L);
        List<DeliveryEvent> trees = events.stream()
                .map(e -> new DeliveryEvent(e.id(), e.seq(), e.resource(), e.key(), e.time(), data(e))).toList();
        assertThat(JSON.readTree(CloudEvents.batch(JSON, events))).isEqualTo(JSON.readTree(CloudEvents.batch(JSON, trees)));
        assertThat(JSON.readTree(CloudEvents.batch(JSON, events)).get(0).get("data").get("name").asText()).isEqualTo("李*");
    }

    @Test
    void theProjectionIsWrittenStraightIntoTheEventAndReadBackFromIt() throws Exception {
        AccessRequest masked = grant("g-12", "hz-mzj", List.of("idNumber", "name", "updatedAt"), null);
        DeliveryEvent li = reader.read(population(true), masked, null, 101, 10).events().get(0);
        assertThat(li.seq()).isEqualTo(102);
        assertThat(new String(li.dataJson(JSON), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"idNumber\":\"330108********002X\",\"name\":\"李*\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}");
        assertThat(data(li)).isEqualTo(JSON.readTree(li.structured().getValue()).get("data"));
        assertThat(li.key()).startsWith("p-");
    }

    @Test
    void aDivisionFilterReadsTheDivisionCodeFirstThenTheDomicile() {
        // 330106 西湖区, 330108 滨江区, 110101 东城区
        String person = "{\"idNumber\":\"330106198512120011\",\"name\":\"王小明\",\"address\":{\"divisionCode\":\"110101\"},"
                + "\"domicileDivision\":\"330106\"}";
        assertThat(EventReader.matches(utf8(person), "3301")).as("the domicile; a nested divisionCode is not the record's").isTrue();
        assertThat(EventReader.matches(utf8(person), "330108")).isFalse();
        String entity = "{\"domicileDivision\":\"330106\",\"creditCode\":\"91330108MA2KXXXX1R\",\"divisionCode\":\"330108\"}";
        assertThat(EventReader.matches(utf8(entity), "330108")).as("divisionCode wins wherever it stands").isTrue();
        assertThat(EventReader.matches(utf8(entity), "330106")).isFalse();
        assertThat(EventReader.matches(utf8("{\"name\":\"李娜\",\"divisionCode\":null}"), "33")).as("no division, no match").isFalse();
    }

    private static byte[] utf8(String json) {
        return json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void readersOfOneViewAtTheSamePlaceMakeEachEventOnceAndViewsShareTheRecordsScan() throws Exception {
        List<JournalRecord> many = new java.util.ArrayList<>();
        for (int i = 0; i < 4_000; i++) {
            String id = org.govex.exchange.support.TestPersons.idNumber(i);
            many.add(new JournalRecord(1_000 + i, CODE, id, "{\"idNumber\":\"" + id + "\",\"name\":\"王小明\","
                    + "\"domicileDivision\":\"" + id.substring(0, 6) + "\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}", "b-2", "hz-gaj", AT));
        }
        Journal journal = new Journal(null, JSON) {
            @Override
            public List<JournalRecord> read(String resourceCode, long after, int limit) {
                return many.stream().filter(r -> r.seq() > after).limit(limit).toList();
            }
        };
        EventReader shared = new EventReader(journal, new RecordView(), JSON,
                new KeyPseudonyms("test-pseudonym-key-0123456789abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<String> wide = List.of("idNumber", "name", "domicileDivision", "updatedAt");
        List<String> narrow = List.of("name", "updatedAt");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<List<DeliveryEvent>>> pages = new java.util.ArrayList<>();
            for (int t = 0; t < 6; t++) {
                List<String> fields = t % 2 == 0 ? wide : narrow;
                String consumer = "hz-c" + t;
                pages.add(pool.submit(() -> {
                    List<DeliveryEvent> all = new java.util.ArrayList<>();
                    long after = 999;
                    while (after < 4_999) {
                        EventReader.Page page = shared.read(population(true), grant("g-" + consumer, consumer, fields, null), null, after, 100);
                        all.addAll(page.events());
                        after = page.lastSeq();
                    }
                    return all;
                }));
            }
            List<List<DeliveryEvent>> read = new java.util.ArrayList<>();
            for (var f : pages) {
                read.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(shared.eventsProjected()).as("each event of each of the two views made once").isEqualTo(8_000);
            for (int t = 2; t < 6; t++) {
                assertThat(read.get(t)).as("reader %d", t).hasSize(4_000);
                for (int i = 0; i < 4_000; i += 397) {
                    assertThat(read.get(t).get(i)).isSameAs(read.get(t % 2).get(i));
                }
            }
            DeliveryEvent w = read.get(0).get(7);
            DeliveryEvent n = read.get(1).get(7);
            assertThat(data(w).get("idNumber").asText()).isEqualTo(org.govex.exchange.support.TestPersons.idNumber(7).substring(0, 6) + "********"
                    + org.govex.exchange.support.TestPersons.idNumber(7).substring(14));
            assertThat(data(w).get("name").asText()).isEqualTo("王**");
            assertThat(data(n).toString()).isEqualTo("{\"name\":\"王**\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReaderMakesTheEventsOfEveryViewOfTheResourceReadLately() {
        EventReader fresh = new EventReader(JOURNAL, new RecordView(), JSON,
                new KeyPseudonyms("test-pseudonym-key-0123456789abc".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        AccessRequest wide = grant("g-w", "hz-mzj", List.of("idNumber", "name", "domicileDivision", "updatedAt"), null);
        AccessRequest narrow = grant("g-n", "hz-rsj", List.of("name", "updatedAt"), List.of("name"));
        // the narrow view is read once (at the head: nothing to make), so it counts as read lately
        assertThat(fresh.read(population(true), narrow, null, 102, 10).events()).isEmpty();
        List<DeliveryEvent> byWide = fresh.read(population(true), wide, null, 100, 10).events();
        assertThat(fresh.eventsProjected()).as("both views' events made by the wide view's reader").isEqualTo(4);
        List<DeliveryEvent> byNarrow = fresh.read(population(true), narrow, null, 100, 10).events();
        assertThat(fresh.eventsProjected()).as("the narrow view's reader finds its events made").isEqualTo(4);
        assertThat(data(byNarrow.get(1)).toString()).isEqualTo("{\"name\":\"李娜\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}");
        assertThat(data(byWide.get(1)).get("name").asText()).isEqualTo("李*");
        assertThat(byNarrow.get(0).key()).isNotEqualTo(byWide.get(0).key()).startsWith("p-");
    }
}
