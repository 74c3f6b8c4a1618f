package org.govex.schemas.element;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.RecordType;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DataElementRegistryTest {

    private final DataElementRegistry registry = DataElementRegistry.standard();

    @Test
    void everyFieldOfEveryRecordIsADataElement() throws Exception {
        for (RecordType t : RecordType.values()) {
            assertThat(registry.of(t)).hasSize(t.shape().fields().size());
        }
        DataElement id = registry.byId("person.idNumber").orElseThrow();
        assertThat(id.nameZh()).isEqualTo("公民身份号码");
        assertThat(id.standard()).isEqualTo("GB 11643-1999");
        assertThat(id.iri()).isEqualTo("https://govex.org/id/element/person.idNumber");
        assertThat(registry.byId("person.sex").orElseThrow().valueDomain()).isEqualTo("sex");
    }

    @Test
    void valuesAreValidatedAgainstTheirElement() {
        assertThat(registry.validate("person.idNumber", "330106199003071236", Locale.ENGLISH)).isEmpty();
        assertThat(registry.validate("person.idNumber", "330106199003071235", Locale.ENGLISH))
                .extracting(Violation::rule).containsExactly("CitizenIdNumber.checkDigit");
        assertThat(registry.validate("legal-entity.uscc", "91440300708461136T", Locale.ENGLISH)).isEmpty();
        assertThat(registry.validate("indicator.divisionCode", "339999", Locale.ENGLISH))
                .extracting(Violation::rule).containsExactly("DivisionCode.unknown");
        assertThat(registry.validate("person.birthDate", "1990-02-30", Locale.ENGLISH))
                .extracting(Violation::rule).containsExactly("Type.date");
        assertThat(registry.validate("legal-entity.registeredCapital", "5000000 CNX", Locale.ENGLISH))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("registeredCapital.currency", "Code.currency"));
        assertThat(registry.validate("person.name", null, Locale.ENGLISH)).extracting(Violation::rule).containsExactly("NotNull");
    }

    @Test
    void theShippedTurtleIsTheRegistry() throws Exception {
        Model built = registry.toModel();
        Path file = Path.of("src/main/resources" + DataElementRegistry.TURTLE_RESOURCE);
        if (Boolean.getBoolean("govex.regenerate")) {
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, built, Lang.TURTLE);
            }
        }
        Model shipped = DataElementRegistry.shippedModel();
        assertThat(shipped.isIsomorphicWith(built)).as("regenerate with -Dgovex.regenerate=true").isTrue();
        assertThat(shipped.contains(shipped.createResource("https://govex.org/id/division/330106"),
                org.apache.jena.vocabulary.SKOS.prefLabel, shipped.createLiteral("西湖区", "zh"))).isTrue();
    }
}
