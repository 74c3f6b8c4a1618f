package org.govex.schemas.schema;

import org.govex.schemas.record.RecordType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped XSD, JSON Schema and SHACL files are what the generator makes from the Java constraints. */
class SchemaFilesTest {

    private static final Path DIR = Path.of("src/main/resources/org/govex/schemas/schema");

    @Test
    void shippedFilesMatchTheJavaConstraints() throws Exception {
        boolean regenerate = Boolean.getBoolean("govex.regenerate");
        for (RecordType t : RecordType.values()) {
            check(SchemaFiles.xsdFile(t), SchemaFilesGenerator.xsd(t), regenerate);
            check(SchemaFiles.jsonSchemaFile(t), SchemaFilesGenerator.jsonSchema(t), regenerate);
            check(SchemaFiles.shaclFile(t), SchemaFilesGenerator.shacl(t), regenerate);
        }
    }

    private static void check(String name, String generated, boolean regenerate) throws Exception {
        Path file = DIR.resolve(name);
        if (regenerate) {
            Files.createDirectories(DIR);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(name + " (regenerate with -Dgovex.regenerate=true)")
                .isEqualTo(generated);
    }

    @Test
    void filesCompileAndParse() {
        for (RecordType t : RecordType.values()) {
            assertThat(SchemaFiles.xsdSchema(t)).isNotNull();
            assertThat(SchemaFiles.shapes(t).numRootShapes()).isEqualTo(1);
        }
    }
}
