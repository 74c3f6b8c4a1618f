package org.govex.schemas.schema;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.govex.schemas.TestRecords;
import org.govex.schemas.code.CitizenIds;
import org.govex.schemas.code.CreditCodes;
import org.govex.schemas.codec.RdfMapping;
import org.govex.schemas.codec.RecordCodec;
import org.govex.schemas.codec.RecordFormat;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.Indicator;
import org.govex.schemas.record.LegalEntity;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.Person;
import org.govex.schemas.record.Place;
import org.govex.schemas.validation.RecordValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.govex.schemas.record.RecordType;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One corpus of valid and invalid records, four verdicts: the Java constraints (the complete
 * rules), the XSD on the XML form, the JSON Schema on the JSON form and the SHACL shapes on the
 * RDF form. XSD and JSON Schema express the same subset (lengths, patterns, code lists, divisions). Where a schema language
 * cannot express a rule (XSD 1.0 has no arithmetic for check digits; neither language checks
 * geometry validity or areas) the case says so, and that validator must then accept the record:
 * it may be weaker than the Java rules, never stricter or different.
 */
class CorpusAgreementTest {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
    private static final Map<RecordType, JsonSchema> JSON_SCHEMAS = new ConcurrentHashMap<>();

    /** expected: the Java rule ids (empty = valid); xsd (and JSON Schema) / shacl: whether that language can express the rule. */
    record Case(String name, BaseRecord record, Set<String> expected, boolean xsd, boolean shacl) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> corpus() {
        List<Case> c = new ArrayList<>();
        Person zw = TestRecords.zhangWei();
        c.add(ok("person 张伟 西湖区", zw));
        c.add(ok("person 李娜", TestRecords.liNa()));
        c.add(ok("person born in 下城区 (abolished 2021), living in 上城区",
                person(zw, p -> new Person("33010319700101001X", "王强", "1", LocalDate.of(1970, 1, 1), "01", "CHN", "330102",
                        null, "20", null, p.updatedAt()))));
        c.add(bad("wrong ID check digit", person(zw, p -> withId(p, "330106199003071235")), "CitizenIdNumber.checkDigit", false, true));
        c.add(bad("ID with unknown division 339999", person(zw, p -> new Person("339999199001010013", p.name(), "1",
                LocalDate.of(1990, 1, 1), null, null, "330106", null, null, null, p.updatedAt())), "CitizenIdNumber.division", false, true));
        String feb30 = "33010619900230123";
        c.add(bad("ID with 1990-02-30", person(zw, p -> withId(p, feb30 + CitizenIds.checkCharacter(feb30))),
                "CitizenIdNumber.birthDate", false, true));
        c.add(bad("ID disagrees with birthDate", person(zw, p -> new Person(p.idNumber(), p.name(), p.sex(), LocalDate.of(1990, 3, 8),
                null, null, "330106", null, null, null, p.updatedAt())), "CitizenIdNumber.birthDateMismatch", false, true));
        c.add(bad("ID says male, sex says female", person(zw, p -> new Person(p.idNumber(), p.name(), "2", p.birthDate(),
                null, null, "330106", null, null, null, p.updatedAt())), "CitizenIdNumber.sexMismatch", false, true));
        c.add(bad("ID with lower-case x", person(zw, p -> withId(p, "33010619900307123x")), "CitizenIdNumber.format", true, true));
        c.add(bad("sex 3", person(zw, p -> new Person(p.idNumber(), p.name(), "3", p.birthDate(), null, null, "330106", null,
                null, null, p.updatedAt())), "Code.sex", true, true));
        c.add(bad("domicile 339999", person(zw, p -> withDomicile(p, "339999")), "DivisionCode.unknown", true, true));
        c.add(bad("domicile in abolished 下城区", person(zw, p -> withDomicile(p, "330103")), "DivisionCode.unknown", true, true));
        c.add(bad("ethnicity 57", person(zw, p -> new Person(p.idNumber(), p.name(), p.sex(), p.birthDate(), "57", "CHN",
                "330106", null, null, null, p.updatedAt())), "Code.ethnicity", true, true));
        c.add(bad("nationality alpha-2", person(zw, p -> new Person(p.idNumber(), p.name(), p.sex(), p.birthDate(), "01", "CN",
                "330106", null, null, null, p.updatedAt())), "Code.country", true, true));
        c.add(bad("blank name", person(zw, p -> new Person(p.idNumber(), "  ", p.sex(), p.birthDate(), null, null, "330106",
                null, null, null, p.updatedAt())), "NotBlank", true, true));
        c.add(bad("name of 51 characters", person(zw, p -> new Person(p.idNumber(), "张".repeat(51), p.sex(), p.birthDate(),
                null, null, "330106", null, null, null, p.updatedAt())), "Size", true, true));
        c.add(bad("death before birth", person(zw, p -> new Person(p.idNumber(), p.name(), p.sex(), p.birthDate(), null, null,
                "330106", null, null, LocalDate.of(1980, 1, 1), p.updatedAt())), "Person.deathBeforeBirth", false, true));
        c.add(bad("death in the future", person(zw, p -> new Person(p.idNumber(), p.name(), p.sex(), p.birthDate(), null, null,
                "330106", null, null, LocalDate.of(2999, 1, 1), p.updatedAt())), "PastOrPresent", false, true));

        LegalEntity le = TestRecords.xihuCompany();
        c.add(ok("legal entity in 西湖区", le));
        c.add(ok("腾讯科技(深圳)有限公司", withUscc(le, TestRecords.USCC_TENCENT, "440305")));
        c.add(bad("wrong credit code check character", withUscc(le, "91330106MA2CFW1X77", "330106"), "CreditCode.checkCharacter", false, true));
        c.add(bad("credit code with I", withUscc(le, "91330106MA2CFWIX76", "330106"), "CreditCode.format", true, true));
        String unknown = "91339999MA2CFW1X7";
        c.add(bad("credit code with unknown division", withUscc(le, unknown + CreditCodes.checkCharacter(unknown), "330106"),
                "CreditCode.division", false, true));
        c.add(bad("status open", new LegalEntity(le.uscc(), le.name(), le.entityType(), null, "330106", null, null, null, null,
                "open", null, le.updatedAt()), "Code.registrationStatus", true, true));
        c.add(bad("capital in RMB", withCapital(le, new MonetaryAmount(new BigDecimal("5000000"), "RMB")), "Code.currency", true, true));
        c.add(bad("negative capital", withCapital(le, new MonetaryAmount(new BigDecimal("-1"), "CNY")), "PositiveOrZero", true, true));
        c.add(bad("no entity type", new LegalEntity(le.uscc(), le.name(), null, null, "330106", null, null, null, null,
                "active", null, le.updatedAt()), "NotNull", true, true));

        Place pl = TestRecords.parcel();
        c.add(ok("parcel in 西湖区", pl));
        c.add(ok("GeoJSON point of interest", new Place("hz-poi-0001", "poi", "西湖", "330106",
                "{\"type\":\"Point\",\"coordinates\":[120.1485,30.2425]}", null, null, null, null, null, pl.updatedAt())));
        c.add(bad("area twice the geometry", withArea(pl, new BigDecimal("21400")), "Place.areaMismatch", false, false));
        c.add(bad("bow-tie polygon", withGeometry(pl, "POLYGON((120.13 30.25, 120.131 30.251, 120.131 30.25, 120.13 30.251, 120.13 30.25))"),
                "Geometry.invalid", false, false));
        c.add(bad("unclosed ring", withGeometry(pl, "POLYGON((120.13 30.25, 120.131 30.25, 120.131 30.251, 120.13 30.251))"),
                "Geometry.notClosed", false, false));
        c.add(bad("latitude 95", withGeometry(pl, "POINT(120.13 95)"), "Geometry.coordinateRange", false, false));
        c.add(bad("feature type lake", new Place(pl.featureId(), "lake", null, "330106", pl.geometry(), null, null, null, null,
                null, pl.updatedAt()), "Code.featureType", true, true));
        c.add(bad("land use 0799", new Place(pl.featureId(), "parcel", null, "330106", pl.geometry(), null, "0799", null, null,
                null, pl.updatedAt()), "Code.landUse", true, true));
        c.add(bad("short parcel code", new Place(pl.featureId(), "parcel", null, "330106", pl.geometry(), null, null, "330106001",
                null, null, pl.updatedAt()), "Pattern", true, true));
        c.add(bad("valid to before valid from", new Place(pl.featureId(), "parcel", null, "330106", pl.geometry(), null, null, null,
                LocalDate.of(2020, 1, 1), LocalDate.of(2019, 12, 31), pl.updatedAt()), "Place.validityOrder", false, true));
        c.add(bad("feature id with a space", new Place("hz parcel 1", "parcel", null, "330106", pl.geometry(), null, null, null,
                null, null, pl.updatedAt()), "Pattern", true, true));

        Indicator gdp = TestRecords.gdp();
        c.add(ok("GDP of 杭州市 2024-Q3", gdp));
        c.add(ok("annual population of 西湖区", new Indicator("A030101", "年末常住人口", "330106", "2023", "A",
                new BigDecimal("118.6"), "万人", "final", "杭州市统计局", gdp.updatedAt())));
        c.add(ok("monthly CPI of 浙江省", new Indicator("A01010101", "居民消费价格指数", "330000", "2024-07", "M",
                new BigDecimal("100.4"), "上年同月=100", "final", null, gdp.updatedAt())));
        c.add(bad("quarter with monthly frequency", indicator(gdp, "2024-Q3", "M", "330100"), "Indicator.frequencyMismatch", false, true));
        c.add(bad("month 13", indicator(gdp, "2024-13", "M", "330100"), "Period.format", true, true));
        c.add(bad("division 330199", indicator(gdp, "2024-Q3", "Q", "330199"), "DivisionCode.unknown", true, true));
        c.add(bad("blank unit", new Indicator(gdp.indicatorCode(), null, "330100", "2024", "A", BigDecimal.ONE, " ", null, null,
                gdp.updatedAt()), "NotBlank", true, true));
        c.add(bad("indicator code with a space", new Indicator("A 01", null, "330100", "2024", "A", BigDecimal.ONE, "亿元", null,
                null, gdp.updatedAt()), "Pattern", true, true));
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void javaXsdAndShaclAgree(Case c) {
        List<Violation> java = RecordValidator.standard().validate(c.record());
        assertThat(java).as("compiled rules = Hibernate Validator")
                .isEqualTo(RecordValidator.standard().validateWithHibernateValidator(c.record(), Locale.ENGLISH));
        Set<String> rules = new TreeSet<>();
        java.forEach(v -> rules.add(v.rule()));
        assertThat(rules).as("Java rules").isEqualTo(c.expected());
        boolean valid = rules.isEmpty();

        byte[] xml = RecordCodec.standard().toBytes(RecordFormat.XML, c.record());
        List<Violation> xsd = SchemaFiles.validateXml(c.record().type(), xml);
        assertThat(xsd.isEmpty()).as("XSD verdict " + xsd).isEqualTo(c.xsd() ? valid : true);

        JsonSchema jsonSchema = JSON_SCHEMAS.computeIfAbsent(c.record().type(), t -> JsonSchemaFactory
                .getInstance(SpecVersion.VersionFlag.V202012).getSchema(new String(SchemaFiles.jsonSchema(t), StandardCharsets.UTF_8)));
        Set<ValidationMessage> jsonErrors;
        try {
            jsonErrors = jsonSchema.validate(JSON.readTree(RecordCodec.standard().toBytes(RecordFormat.JSON, c.record())));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(jsonErrors.isEmpty()).as("JSON Schema verdict " + jsonErrors).isEqualTo(c.xsd() ? valid : true);

        Graph g = GraphFactory.createDefaultGraph();
        RdfMapping.of(c.record().type()).toTriples(c.record(), g::add);
        List<Violation> shacl = SchemaFiles.validateRdf(c.record().type(), g);
        assertThat(shacl.isEmpty()).as("SHACL verdict " + shacl).isEqualTo(c.shacl() ? valid : true);
        if (c.shacl() && !valid && c.expected().iterator().next().contains(".") && !c.expected().iterator().next().startsWith("Code.")
                && !c.expected().iterator().next().startsWith("DivisionCode.") && !c.expected().iterator().next().endsWith(".format")) {
            // SPARQL-based rules carry the Java rule id as their message
            assertThat(shacl).extracting(Violation::rule).contains(c.expected().iterator().next());
        }
    }

    private static Case ok(String name, BaseRecord r) {
        return new Case(name, r, Set.of(), true, true);
    }

    private static Case bad(String name, BaseRecord r, String rule, boolean xsd, boolean shacl) {
        return new Case(name, r, Set.of(rule), xsd, shacl);
    }

    private static Person person(Person p, UnaryOperator<Person> f) {
        return f.apply(p);
    }

    private static Person withId(Person p, String id) {
        return new Person(id, p.name(), p.sex(), p.birthDate(), p.ethnicity(), p.nationality(), p.domicileDivision(),
                p.domicileAddress(), p.maritalStatus(), p.deathDate(), p.updatedAt());
    }

    private static Person withDomicile(Person p, String division) {
        return new Person(p.idNumber(), p.name(), p.sex(), p.birthDate(), p.ethnicity(), p.nationality(), division,
                p.domicileAddress(), p.maritalStatus(), p.deathDate(), p.updatedAt());
    }

    private static LegalEntity withUscc(LegalEntity l, String uscc, String division) {
        return new LegalEntity(uscc, l.name(), l.entityType(), l.legalRepresentative(), division, l.registeredAddress(),
                l.establishedDate(), l.registeredCapital(), l.businessScope(), l.status(), l.registrationAuthority(), l.updatedAt());
    }

    private static LegalEntity withCapital(LegalEntity l, MonetaryAmount m) {
        return new LegalEntity(l.uscc(), l.name(), l.entityType(), l.legalRepresentative(), l.divisionCode(), l.registeredAddress(),
                l.establishedDate(), m, l.businessScope(), l.status(), l.registrationAuthority(), l.updatedAt());
    }

    private static Place withArea(Place p, BigDecimal area) {
        return new Place(p.featureId(), p.featureType(), p.name(), p.divisionCode(), p.geometry(), area, p.landUseCode(),
                p.parcelCode(), p.validFrom(), p.validTo(), p.updatedAt());
    }

    private static Place withGeometry(Place p, String g) {
        return new Place(p.featureId(), p.featureType(), p.name(), p.divisionCode(), g, null, p.landUseCode(),
                p.parcelCode(), p.validFrom(), p.validTo(), p.updatedAt());
    }

    private static Indicator indicator(Indicator i, String period, String frequency, String division) {
        return new Indicator(i.indicatorCode(), i.indicatorName(), division, period, frequency, i.value(), i.unit(), i.status(),
                i.source(), i.updatedAt());
    }
}
