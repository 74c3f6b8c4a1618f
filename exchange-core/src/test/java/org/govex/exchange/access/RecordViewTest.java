package org.govex.exchange.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceState;
import org.govex.exchange.resource.ShareType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A grant's projection written from a record's journal JSON: every kind of value, in the grant's order. */
class RecordViewTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant AT = Instant.parse("2026-11-20T01:30:00Z");
    private static final String CODE = "102001-000003";

    private static final ResourceDefinition ENTITY = new ResourceDefinition(CODE, "法人基本信息", "hz-scjgj", "legalEntity",
            ResourceState.PUBLISHED, ShareType.CONDITIONAL, "依申请", "《政务信息资源共享管理暂行办法》", false, List.of(
            new DataItemDefinition("creditCode", "legalEntity.creditCode", "string", 18, true, false, true),
            new DataItemDefinition("name", "legalEntity.name", "string", 100, true, false, true),
            new DataItemDefinition("legalRepresentative", "legalEntity.legalRepresentative", "string", 50, false, true, true),
            new DataItemDefinition("registeredCapital", "legalEntity.registeredCapital", "object", null, false, false, true),
            new DataItemDefinition("employees", "legalEntity.employees", "integer", null, false, false, false),
            new DataItemDefinition("listed", "legalEntity.listed", "boolean", null, false, false, false),
            new DataItemDefinition("phone", "legalEntity.phone", "string", 20, false, true, false),
            new DataItemDefinition("divisionCode", "legalEntity.divisionCode", "string", 6, false, false, false)));

    private static String write(RecordView.Projection projection, String payload) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        projection.write(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String write(RecordView.Projection projection, RecordView.Located record) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        projection.write(record, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static AccessRequest grant(List<String> fields, List<String> unmasked) {
        return new AccessRequest("g-1", "hz-swj", CODE, "hz-scjgj", "税务登记核验", "《税收征收管理法》", fields, AccessStatus.GRANTED,
                ShareType.CONDITIONAL, fields, unmasked, null, AT, null, false, AT, "hz-scjgj", null);
    }

    private static final String RECORD = "{\"creditCode\":\"91330106MA2KXXXX1R\",\"name\":\"杭州西湖龙井茶业有限公司\","
            + "\"legalRepresentative\":\"欧阳娜娜\",\"registeredCapital\":{\"amount\":5000000.00,\"currency\":\"CNY\"},"
            + "\"employees\":128,\"listed\":false,\"phone\":null,\"divisionCode\":\"330106\","
            + "\"history\":[{\"name\":\"西湖茶业\",\"until\":\"2019-03-01\"}]}";

    @Test
    void everyKindOfValueIsWrittenInTheGrantsOrderAndSensitiveOnesMasked() throws Exception {
        RecordView.Projection p = new RecordView().compile(ENTITY, grant(List.of("phone", "listed", "employees",
                "registeredCapital", "legalRepresentative", "name", "creditCode"), null));
        assertThat(write(p, RECORD)).as("a null stays null, a decimal keeps its scale").isEqualTo("{\"phone\":null,\"listed\":false,\"employees\":128,"
                + "\"registeredCapital\":{\"amount\":5000000.00,\"currency\":\"CNY\"},\"legalRepresentative\":\"欧***\","
                + "\"name\":\"杭州西湖龙井茶业有限公司\",\"creditCode\":\"91330106MA2KXXXX1R\"}");
    }

    @Test
    void fieldsTheGrantLacksOrTheRecordLacksAreLeftOut() throws Exception {
        RecordView.Projection p = new RecordView().compile(ENTITY, grant(List.of("creditCode", "legalRepresentative", "capitalNote"),
                List.of("legalRepresentative")));
        assertThat(write(p, RECORD)).isEqualTo("{\"creditCode\":\"91330106MA2KXXXX1R\",\"legalRepresentative\":\"欧阳娜娜\"}");
        assertThat(write(p, "{\"divisionCode\":\"330106\",\"history\":[[1,{\"a\":[]}]]}")).isEqualTo("{}");
    }

    @Test
    void valuesGoOutAsTheirJournaledTextEscapesAndAllWhateverTheSpacing() throws Exception {
        RecordView.Projection p = new RecordView().compile(ENTITY, grant(List.of("name", "employees", "legalRepresentative", "divisionCode"),
                List.of("legalRepresentative")));
        // a quote, a backslash, a control character and a character outside the BMP (U+20BB7, 𠮷)
        String name = "\"\\\"西湖\\\\茶\\n业\\u0001𠮷\"";
        String spaced = "{ \"name\" : " + name + " ,\n\t\"employees\" :\r\n-1.50e3 , \"legalRepresentative\":\"𠮷野家\","
                + " \"divisionCode\" : \"330106\" }";
        String written = write(p, spaced);
        assertThat(written).isEqualTo("{\"name\":" + name + ",\"employees\":-1.50e3,\"legalRepresentative\":\"𠮷野家\",\"divisionCode\":\"330106\"}");
        assertThat(JSON.readTree(written).get("name").asText()).isEqualTo("\"西湖\\茶\n业\u0001𠮷");
        RecordView.Projection masked = new RecordView().compile(ENTITY, grant(List.of("legalRepresentative"), null));
        assertThat(write(masked, spaced)).as("a masked name keeps its surname whole, a surrogate pair").isEqualTo("{\"legalRepresentative\":\"𠮷**\"}");
    }

    @Test
    void quotesBracesAndEscapesInsideValuesDoNotEndAMember() throws Exception {
        RecordView.Projection p = new RecordView().compile(ENTITY, grant(List.of("name", "registeredCapital", "phone", "divisionCode"), null));
        String tricky = "{\"history\":[\"}\",{\"a\":\"]\\\"{\"}],\"name\":\"西湖\\\",\\\"phone\\\":\\\"1\","
                + "\"registeredCapital\":{\"note\":\"{[\\\"\",\"amount\":1},\"phone\":13812345678,\"divisionCode\":\"330106\"}";
        assertThat(write(p, tricky)).isEqualTo("{\"name\":\"西湖\\\",\\\"phone\\\":\\\"1\","
                + "\"registeredCapital\":{\"note\":\"{[\\\"\",\"amount\":1},\"phone\":\"138****5678\",\"divisionCode\":\"330106\"}");
    }

    @Test
    void aRecordThatIsNotAnObjectOrIsCutShortIsAnErrorNotALoop() {
        RecordView.Projection p = new RecordView().compile(ENTITY, grant(List.of("name"), null));
        for (String bad : List.of("", "[1]", "{\"name\":\"杭州", "{\"name\" \"x\"}", "{\"name\":}", "{\"name\":{\"a\":[1}", "{\"name\":1 \"b\":2}",
                "{name:1}")) {
            assertThatThrownBy(() -> write(p, bad)).as(bad).isInstanceOf(java.io.IOException.class);
        }
    }

    /**
     * Random records (strings with quotes, backslashes, control characters, CJK and surrogate
     * pairs; numbers; nulls; nested objects) projected through a random grant give what a tree
     * of the record, projected and masked field by field, gives.
     */
    @Test
    void aProjectionAgreesWithATreeProjectionOnRandomRecords() throws Exception {
        java.util.Random random = new java.util.Random(20261126);
        RecordView view = new RecordView();
        List<String> all = ENTITY.dataItems().stream().map(org.govex.exchange.resource.DataItemDefinition::name).toList();
        for (int round = 0; round < 2_000; round++) {
            com.fasterxml.jackson.databind.node.ObjectNode record = JSON.createObjectNode();
            for (String f : all) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                switch (random.nextInt(4)) {
                    case 0 -> record.put(f, randomText(random));
                    case 1 -> record.put(f, random.nextLong());
                    case 2 -> record.putNull(f);
                    default -> record.putObject(f).put("v", randomText(random)).putArray("a").add(randomText(random));
                }
            }
            List<String> fields = new java.util.ArrayList<>(all);
            java.util.Collections.shuffle(fields, random);
            fields = fields.subList(0, 1 + random.nextInt(fields.size()));
            List<String> unmasked = random.nextBoolean() ? null : List.of("legalRepresentative");
            RecordView.Projection p = new RecordView().compile(ENTITY, grant(fields, unmasked));
            String payload = JSON.writeValueAsString(record);
            com.fasterxml.jackson.databind.node.ObjectNode expected = JSON.createObjectNode();
            for (String f : fields) {
                com.fasterxml.jackson.databind.JsonNode v = record.get(f);
                if (v == null) {
                    continue;
                }
                var item = ENTITY.item(f).orElseThrow();
                boolean masked = item.sensitive() && (unmasked == null || !unmasked.contains(f));
                expected.set(f, masked && v.isValueNode() && !v.isNull()
                        ? JSON.getNodeFactory().textNode(MaskRule.forItem(item).mask(v.asText())) : v);
            }
            String written = write(p, payload);
            assertThat(JSON.readTree(written)).as(payload).isEqualTo(expected);
            // located once by another view of the resource, masked values made by whichever asks first
            RecordView.Projection other = view.compile(ENTITY, grant(all, random.nextBoolean() ? null : List.of("phone")));
            RecordView.Projection same = view.compile(ENTITY, grant(fields, unmasked));
            RecordView.Located located = (random.nextBoolean() ? other : same).locate(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (random.nextBoolean()) {
                write(other, located);
            }
            if (same.serves(located)) {
                assertThat(write(same, located)).as("from a located record: %s", payload).isEqualTo(written);
            }
            assertThat(List.copyOf(iterable(JSON.readTree(written).fieldNames()))).as("the grant's order")
                    .isEqualTo(List.copyOf(iterable(expected.fieldNames())));
        }
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    private static String randomText(java.util.Random random) {
        String alphabet = "ab\"\\/\n\t\u0001 {}[]:,西湖区𠮷😀";
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(alphabet.length());
            if (Character.isHighSurrogate(alphabet.charAt(at))) {
                b.append(alphabet, at, at + 2);
            } else if (Character.isLowSurrogate(alphabet.charAt(at))) {
                b.append(alphabet, at - 1, at + 1);
            } else {
                b.append(alphabet.charAt(at));
            }
        }
        return b.toString();
    }

    @Test
    void viewsOfOneResourceShareALocatedRecordAndItsMaskedValues() throws Exception {
        RecordView view = new RecordView();
        RecordView.Projection wide = view.compile(ENTITY, grant(List.of("creditCode", "name", "legalRepresentative", "phone",
                "registeredCapital", "divisionCode"), null));
        RecordView.Projection narrow = view.compile(ENTITY, grant(List.of("divisionCode", "legalRepresentative"), null));
        RecordView.Projection unmasked = view.compile(ENTITY, grant(List.of("legalRepresentative", "name"), List.of("legalRepresentative")));
        String record = "{\"creditCode\":\"91330106MA2KXXXX1R\",\"name\":\"杭州西湖龙井茶业有限公司\",\"legalRepresentative\":\"欧阳娜娜\","
                + "\"phone\":\"13812345678\",\"registeredCapital\":{\"amount\":5000000.00},\"divisionCode\":\"330106\"}";
        RecordView.Located located = narrow.locate(record.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(wide.serves(located)).isTrue();
        assertThat(unmasked.serves(located)).isTrue();
        assertThat(write(narrow, located)).isEqualTo("{\"divisionCode\":\"330106\",\"legalRepresentative\":\"欧***\"}");
        assertThat(write(wide, located)).isEqualTo("{\"creditCode\":\"91330106MA2KXXXX1R\",\"name\":\"杭州西湖龙井茶业有限公司\","
                + "\"legalRepresentative\":\"欧***\",\"phone\":\"138****5678\",\"registeredCapital\":{\"amount\":5000000.00},"
                + "\"divisionCode\":\"330106\"}");
        assertThat(write(unmasked, located)).as("a view that unmasks the item takes the value as it is")
                .isEqualTo("{\"legalRepresentative\":\"欧阳娜娜\",\"name\":\"杭州西湖龙井茶业有限公司\"}");

        // a grant naming a field the resource does not declare, or one field twice, locates records for itself alone
        RecordView.Projection odd = view.compile(ENTITY, grant(List.of("name", "capitalNote"), null));
        RecordView.Projection twice = view.compile(ENTITY, grant(List.of("name", "divisionCode", "name"), null));
        assertThat(odd.serves(located)).isFalse();
        assertThat(twice.serves(located)).isFalse();
        assertThatThrownBy(() -> write(odd, located)).isInstanceOf(IllegalArgumentException.class);
        assertThat(write(twice, twice.locate(record.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .isEqualTo("{\"name\":\"杭州西湖龙井茶业有限公司\",\"divisionCode\":\"330106\"}");

        // the resource's items change (phone no longer sensitive): views compiled since locate anew
        ResourceDefinition changed = new ResourceDefinition(CODE, "法人基本信息", "hz-scjgj", "legalEntity", ResourceState.PUBLISHED,
                ShareType.CONDITIONAL, "依申请", "《政务信息资源共享管理暂行办法》", false, ENTITY.dataItems().stream()
                .map(i -> i.name().equals("phone") ? new DataItemDefinition("phone", i.element(), i.type(), i.maxLength(), false, false, false) : i)
                .toList());
        RecordView.Projection after = view.compile(changed, grant(List.of("phone"), null));
        assertThat(after.serves(located)).isFalse();
        assertThat(write(after, after.locate(record.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo("{\"phone\":\"13812345678\"}");
        assertThat(write(wide, located)).as("views compiled before keep theirs").contains("\"phone\":\"138****5678\"");
    }
}
