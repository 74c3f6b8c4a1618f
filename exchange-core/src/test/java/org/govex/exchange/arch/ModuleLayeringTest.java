package org.govex.exchange.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of DESIGN.md: schemas ← catalog ← exchange-core and schemas ← adapters ← exchange-core;
 * schemas imports neither Quarkus nor Camel.
 */
class ModuleLayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.govex");
    }

    @Test
    void allFourModulesAreImported() {
        assertThat(classes.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("schemas", "catalog", "adapters", "exchange");
    }

    @Test
    void schemasDependsOnNoOtherModuleNorOnQuarkusOrCamel() {
        noClasses().that().resideInAPackage("org.govex.schemas..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.govex.catalog..", "org.govex.adapters..", "org.govex.exchange..",
                        "io.quarkus..", "org.apache.camel..")
                .check(classes);
    }

    @Test
    void catalogNeverReachesIntoTheHubOrTheAdapters() {
        noClasses().that().resideInAPackage("org.govex.catalog..")
                .should().dependOnClassesThat().resideInAnyPackage("org.govex.exchange..", "org.govex.adapters..",
                        "org.apache.camel..")
                .check(classes);
    }

    @Test
    void adaptersNeverReachIntoTheHubOrTheCatalog() {
        noClasses().that().resideInAPackage("org.govex.adapters..")
                .should().dependOnClassesThat().resideInAnyPackage("org.govex.exchange..", "org.govex.catalog..")
                .check(classes);
    }
}
