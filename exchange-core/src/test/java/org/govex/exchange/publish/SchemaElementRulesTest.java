package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceState;
import org.govex.exchange.resource.ShareType;
import org.govex.schemas.error.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The three ways a resource's records meet the data-element standards, decided once per batch. */
class SchemaElementRulesTest {

    private final ObjectMapper json = new ObjectMapper();
    private final SchemaElementRules rules = new SchemaElementRules(json);

    private static DataItemDefinition item(String name, String element, String type) {
        return new DataItemDefinition(name, element, type, null, false, false, false);
    }

    private static ResourceDefinition resource(String recordType, List<DataItemDefinition> items) {
        return new ResourceDefinition("330106-000001", "测试资源", "hz-gaj", recordType, ResourceState.PUBLISHED,
                ShareType.UNCONDITIONAL, null, null, false, items);
    }

    private static final List<DataItemDefinition> PERSON_ITEMS = List.of(item("idNumber", "person.idNumber", "string"),
            item("name", "person.name", "string"), item("sex", "person.sex", "string"),
            item("birthDate", "person.birthDate", "date"), item("ethnicity", "person.ethnicity", "string"),
            item("nationality", "person.nationality", "string"), item("domicileDivision", "person.domicileDivision", "string"),
            item("domicileAddress", "person.domicileAddress", "string"), item("updatedAt", "person.updatedAt", "datetime"));

    private ObjectNode person(String id, String birthDate) throws Exception {
        return (ObjectNode) json.readTree("{\"idNumber\":\"" + id + "\",\"name\":\"王伟\",\"sex\":\"1\",\"birthDate\":\"" + birthDate
                + "\",\"ethnicity\":\"01\",\"nationality\":\"CHN\",\"domicileDivision\":\"330106\","
                + "\"domicileAddress\":\"浙江省杭州市西湖区文三路1号\",\"updatedAt\":\"2026-11-20T09:30:00+08:00\"}");
    }

    private static List<String> rulesOf(List<Violation> violations) {
        return violations.stream().map(v -> v.field() + ":" + v.rule()).toList();
    }

    @Test
    void aResourceDeclaringAWholePersonIsCheckedWithItsCrossFieldRules() throws Exception {
        ElementRules.Checker whole = rules.forResource(resource("person", PERSON_ITEMS));
        assertThat(whole.check(person("330106198512120011", "1985-12-12"))).isEmpty();
        assertThat(rulesOf(whole.check(person("330106198512120012", "1985-12-12"))))
                .containsExactly("idNumber:CitizenIdNumber.checkDigit");
        // the birth date inside the ID number disagrees with the birthDate item: only a whole record can tell
        assertThat(whole.check(person("330106198512120011", "1985-12-13"))).isNotEmpty();
    }

    @Test
    void registerItemsBeyondThePersonStandardLeaveTheCrossFieldRulesOn() throws Exception {
        List<DataItemDefinition> items = new java.util.ArrayList<>(PERSON_ITEMS);
        items.add(item("residenceAddress", null, "string"));
        items.add(item("employerUscc", "legal-entity.uscc", "string"));
        ElementRules.Checker whole = rules.forResource(resource("person", items));
        ObjectNode ok = person("330106198512120011", "1985-12-12");
        ok.put("residenceAddress", "浙江省杭州市西湖区文三路478号华星时代广场A座1201室");
        ok.put("employerUscc", "91330106MA27Y1234U");
        assertThat(whole.check(ok)).isEmpty();
        ObjectNode wrongBirth = person("330106198512120011", "1985-12-13");
        wrongBirth.put("residenceAddress", "浙江省杭州市西湖区文三路478号");
        assertThat(whole.check(wrongBirth)).as("the ID number's birth date against birthDate, with a register item present")
                .isNotEmpty();
        ObjectNode wrongUscc = person("330106198512120011", "1985-12-12");
        wrongUscc.put("employerUscc", "91330106MA27Y1234T");
        assertThat(whole.check(wrongUscc)).isNotEmpty()
                .allSatisfy(v -> assertThat(v.field()).isEqualTo("employerUscc"));
    }

    @Test
    void aResourceDeclaringPartOfAPersonHasEachValueCheckedAlone() throws Exception {
        ElementRules.Checker part = rules.forResource(resource("person",
                List.of(item("idNumber", "person.idNumber", "string"), item("birthDate", "person.birthDate", "date"))));
        ObjectNode ok = (ObjectNode) json.readTree("{\"idNumber\":\"330106198512120011\",\"birthDate\":\"1985-12-13\"}");
        assertThat(part.check(ok)).as("no cross-field rule for a partial record").isEmpty();
        ObjectNode wrong = (ObjectNode) json.readTree("{\"idNumber\":\"330106198512120012\"}");
        assertThat(rulesOf(part.check(wrong))).containsExactly("idNumber:CitizenIdNumber.checkDigit");
    }

    @Test
    void aResourceOfNoBaseTypeHasItsItemsCheckedAgainstTheirDataElements() throws Exception {
        ElementRules.Checker byElement = rules.forResource(resource(null, List.of(
                item("uscc", "https://govex.org/id/element/legal-entity.uscc", "string"),
                item("remark", null, "string"))));
        ObjectNode ok = (ObjectNode) json.readTree("{\"uscc\":\"91330106MA27Y1234U\",\"remark\":\"西湖区分局\"}");
        assertThat(byElement.check(ok)).isEmpty();
        ObjectNode wrong = (ObjectNode) json.readTree("{\"uscc\":\"91330106MA27Y1234T\",\"remark\":\"西湖区分局\"}");
        List<Violation> found = byElement.check(wrong);
        assertThat(found).isNotEmpty();
        assertThat(found).allSatisfy(v -> assertThat(v.field()).as("named by the data item, not the element").isEqualTo("uscc"));
        assertThat(rules.forResource(resource(null, List.of(item("remark", null, "string")))).check(ok)).isEmpty();
    }
}
