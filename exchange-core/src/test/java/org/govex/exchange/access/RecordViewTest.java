package org.govex.exchange.access;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceState;
import org.govex.exchange.resource.ShareType;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.setCodec(JSON);
            projection.write(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), g);
        }
        return out.toString();
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
}
