package org.govex.exchange.planning;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.catalog.planning.facts.AccessRequestFact;
import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.facts.ResourceFact;

import java.util.List;

/**
 * The catalog's and the exchange's facts for planning. Provisional: until the catalog and the
 * exchange services are merged it reports an empty catalog and no exchange activity.
 */
@ApplicationScoped
public class HubPlanningFacts implements PlanningFacts {

    @Override
    public List<ResourceFact> publishedResources() {
        return List.of();
    }

    @Override
    public List<AccessRequestFact> pendingAccessRequests() {
        return List.of();
    }

    @Override
    public List<ConflictFact> conflicts() {
        return List.of();
    }

    @Override
    public String catalogVersion() {
        return "none";
    }
}
