package org.govex.exchange.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.govex.exchange.base.BaseStore;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Down once an embedded database has closed itself or fails writes, which only a restart mends.
 * Besides what the writers report, each check runs {@code SELECT 1} on both pools, on a thread of
 * its own and waited for at most {@link #PROBE_WAIT_MILLIS}: a database that is merely busy (no
 * free connection in time) keeps the hub alive, and the check answers in time either way.
 */
@Liveness
@ApplicationScoped
public class StorageLiveness implements HealthCheck {

    static final long PROBE_WAIT_MILLIS = 500;

    private final StorageGuard guard;
    private final javax.sql.DataSource journal;
    private final javax.sql.DataSource base;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "storage-probe");
        t.setDaemon(true);
        return t;
    });
    /** The probe under way; a check finds it still running when the pools are busy, and waits for it again. */
    private CompletableFuture<Void> probe = CompletableFuture.completedFuture(null);

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
            awaitProbe();
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

    private void awaitProbe() {
        CompletableFuture<Void> p;
        synchronized (this) {
            if (probe.isDone()) {
                probe = CompletableFuture.runAsync(() -> {
                    probe(StorageGuard.JOURNAL_DATABASE, journal);
                    probe(BaseStore.DATASOURCE, base);
                }, prober);
            }
            p = probe;
        }
        try {
            p.get(PROBE_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // no connection in time (busy, not failed), or an Error in the probe: each probe reports
            // its own database's failures to the guard
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether a probe is still under way (it waits for a connection). */
    synchronized boolean probing() {
        return !probe.isDone();
    }

    private void probe(String name, javax.sql.DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SELECT 1");
        } catch (SQLException | RuntimeException e) {
            guard.noticed(name, e);
        }
    }

    @PreDestroy
    void close() {
        prober.shutdown();
    }
}
