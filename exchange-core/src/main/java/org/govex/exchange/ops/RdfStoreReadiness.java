package org.govex.exchange.ops;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the RDF store answers a query in a read transaction. */
@Readiness
@ApplicationScoped
public class RdfStoreReadiness implements HealthCheck {

    private final Dataset dataset;

    public RdfStoreReadiness(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            boolean answered = Txn.calculateRead(dataset, () -> {
                try (var qe = QueryExecutionFactory.create("ASK { }", dataset)) {
                    return qe.execAsk();
                }
            });
            return HealthCheckResponse.named("rdf-store").status(answered).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("rdf-store").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
