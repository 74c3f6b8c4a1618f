package org.govex.exchange.storage;

import org.flywaydb.core.Flyway;
import org.govex.adapters.testing.SharedPostgres;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The same Flyway migrations that build the embedded H2 database build a PostgreSQL one. */
class MigrationsOnPostgresTest {

    @Test
    void everyMigrationAppliesOnPostgres() throws Exception {
        DataSource ds = SharedPostgres.freshDatabase("migrations");
        var result = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        assertThat(result.success).isTrue();
        assertThat(result.migrationsExecuted).isGreaterThanOrEqualTo(1);
        try (Connection c = ds.getConnection();
             ResultSet rs = c.getMetaData().getTables(null, "public", "api_key", null)) {
            assertThat(rs.next()).isTrue();
        }
    }
}
