package org.govex.exchange.config;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/** One setting (govex.data-dir / GOVEX_DATA_DIR) places both the H2 database and the TDB2 store. */
@QuarkusTest
class DataDirectoryTest {

    @Inject
    GovexConfig config;

    @Inject
    AgroalDataSource db;

    @Test
    void databaseAndRdfStoreLiveUnderTheConfiguredDataDirectory() throws Exception {
        Path dir = config.dataDir().toAbsolutePath().normalize();
        assertThat(dir.toString()).endsWith("target/test-data");
        assertThat(dir.resolve("db/govex.mv.db")).exists();
        assertThat(dir.resolve("tdb2")).isDirectory();
        try (var files = Files.list(dir.resolve("tdb2"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("Data-"));
        }
        try (Connection c = db.getConnection()) {
            assertThat(c.getMetaData().getURL()).contains("test-data/db/govex");
        }
    }
}
