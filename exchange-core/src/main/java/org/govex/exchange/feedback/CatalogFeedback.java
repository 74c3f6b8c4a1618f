package org.govex.exchange.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.delivery.SubscriptionStore;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.resource.ResourceDirectory;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reports what the exchange observed back into the catalog — time of the last accepted record,
 * record count, active subscriptions — for every resource whose figures changed since the last
 * report. Publishing is never held up by the catalog: reports are coalesced per tick.
 */
@ApplicationScoped
public class CatalogFeedback {

    private static final Logger LOG = Logger.getLogger(CatalogFeedback.class);

    private final Journal journal;
    private final SubscriptionStore subscriptions;
    private final ResourceDirectory directory;
    private final Map<String, ResourceDirectory.Observation> reported = new ConcurrentHashMap<>();

    public CatalogFeedback(Journal journal, SubscriptionStore subscriptions, ResourceDirectory directory) {
        this.journal = journal;
        this.subscriptions = subscriptions;
        this.directory = directory;
    }

    /** @return the number of resources reported */
    public synchronized int report() {
        int n = 0;
        for (Journal.Observation o : journal.observations()) {
            Instant last = o.lastRecordAt();
            ResourceDirectory.Observation now = new ResourceDirectory.Observation(last, o.recordCount(),
                    subscriptions.countActive(o.resourceCode()));
            if (Objects.equals(reported.get(o.resourceCode()), now)) {
                continue;
            }
            try {
                directory.reportObservation(o.resourceCode(), now);
                reported.put(o.resourceCode(), now);
                n++;
            } catch (RuntimeException e) {
                LOG.warnf("catalog feedback for %s failed: %s", o.resourceCode(), e.getMessage());
            }
        }
        return n;
    }
}
