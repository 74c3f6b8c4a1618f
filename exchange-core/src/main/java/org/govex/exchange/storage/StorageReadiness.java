package org.govex.exchange.storage;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while the data volume is short of space (publishes are refused) or a database failed. */
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
        HealthCheckResponseBuilder b = HealthCheckResponse.named("disk-space")
                .status(failure == null && guard.roomToWrite());
        if (space != null) {
            b.withData("free_bytes", space.free()).withData("min_free_bytes", space.floor());
        }
        if (failure != null) {
            b.withData("failed_database", failure.database());
        }
        return b.build();
    }
}
