package org.govex.exchange.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.catalog.store.CatalogStore;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the catalog's RDF store (TDB2 or the remote SPARQL store) answers a query. */
@Readiness
@ApplicationScoped
public class RdfStoreReadiness implements HealthCheck {

    private final CatalogStore store;

    public RdfStoreReadiness(CatalogStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("rdf-store").status(store.ping())
                    .withData("store", store.description()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("rdf-store").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
