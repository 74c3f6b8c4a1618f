package org.govex.exchange.storage;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * The data volume and the databases, for readiness. Down only when a database failed: with a
 * data volume short of space the hub still serves feeds, queries and the catalog (only publishes
 * are refused, with 507), so it stays in service and says so in the check's data.
 */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    private final StorageGuard guard;

    public StorageReadiness(StorageGuard guard) {
        this.guard = guard;
    }

    @Override
    public HealthCheckResponse call() {
        FreeSpace space = guard.space();
        DatabaseFailure failure = guard.failure();
        HealthCheckResponseBuilder b = HealthCheckResponse.named("storage").status(failure == null);
        if (space != null) {
            b.withData("free_bytes", space.free()).withData("min_free_bytes", space.floor());
        }
        b.withData("publishing", guard.roomToWrite() ? "accepted" : failure == null ? "refused: disk below min-free" : "refused: database failed");
        if (failure != null) {
            b.withData("failed_database", failure.database());
        }
        return b.build();
    }
}
