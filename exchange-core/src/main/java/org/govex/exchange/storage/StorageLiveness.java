package org.govex.exchange.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.govex.exchange.base.BaseStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Down once an embedded database has closed itself, which only a restart mends. A database that
 * is merely busy or slow (no connection in time) keeps the hub alive: readiness covers that.
 */
@Liveness
@ApplicationScoped
public class StorageLiveness implements HealthCheck {

    private final StorageGuard guard;
    private final javax.sql.DataSource journal;
    private final javax.sql.DataSource base;

    @Inject
    public StorageLiveness(StorageGuard guard, AgroalDataSource journal, @DataSource(BaseStore.DATASOURCE) AgroalDataSource base) {
        this(guard, (javax.sql.DataSource) journal, base);
    }

    StorageLiveness(StorageGuard guard, javax.sql.DataSource journal, javax.sql.DataSource base) {
        this.guard = guard;
        this.journal = journal;
        this.base = base;
    }

    @Override
    public HealthCheckResponse call() {
        if (guard.failure() == null) {
            probe("default", journal);
            probe(BaseStore.DATASOURCE, base);
        }
        DatabaseFailure f = guard.failure();
        if (f == null) {
            return HealthCheckResponse.named("storage").up().build();
        }
        return HealthCheckResponse.named("storage").down()
                .withData("database", f.database())
                .withData("error", f.message())
                .withData("since", f.at().toString())
                .build();
    }

    private void probe(String name, javax.sql.DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            guard.noticed(name, e);
        }
    }
}
