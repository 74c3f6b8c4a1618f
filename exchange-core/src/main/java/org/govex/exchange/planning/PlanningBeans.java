package org.govex.exchange.planning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.govex.catalog.planning.PlanningService;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.store.PlanningStore;
import org.govex.catalog.store.CatalogStore;

import java.time.Clock;

/** Wires the catalog module's plain-Java planning service into the hub: the catalog's RDF store (TDB2 or Fuseki) and the hub's facts. */
@ApplicationScoped
public class PlanningBeans {

    @Produces
    @Singleton
    PlanningService planningService(CatalogStore store, PlanningFacts facts, PlanningConfig config) {
        return new PlanningService(new PlanningStore(store), facts, Clock.systemUTC(), config.accessDecisionDeadline());
    }
}
