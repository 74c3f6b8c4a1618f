package org.govex.exchange.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.jena.query.Dataset;
import org.govex.catalog.planning.PlanningService;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.store.PlanningStore;

import java.time.Clock;

/** Wires the catalog module's plain-Java planning service into the hub: the RDF store and the hub's facts. */
@ApplicationScoped
public class PlanningBeans {

    @Produces
    @Singleton
    PlanningService planningService(Dataset dataset, PlanningFacts facts, PlanningConfig config) {
        return new PlanningService(new PlanningStore(dataset), facts, Clock.systemUTC(), config.accessDecisionDeadline());
    }
}
