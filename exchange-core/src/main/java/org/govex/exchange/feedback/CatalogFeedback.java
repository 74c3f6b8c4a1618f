package org.govex.exchange.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.delivery.SubscriptionStore;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.resource.ResourceDirectory;
import org.jboss.logging.Logger;

import jakarta.annotation.PreDestroy;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.JournalListener;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reports what the exchange observed back into the catalog — time of the last accepted record,
 * record count, active subscriptions — for every resource whose figures changed since the last
 * report. It runs after each publish (the journal's commit wakes it), at most once per
 * {@code govex.exchange.feedback-interval}, off the writer's thread, so publishing is never held
 * up by the catalog; the {@code catalog-feedback} timer catches subscription changes.
 */
@ApplicationScoped
public class CatalogFeedback implements JournalListener {

    private static final Logger LOG = Logger.getLogger(CatalogFeedback.class);

    private final Journal journal;
    private final SubscriptionStore subscriptions;
    private final ResourceDirectory directory;
    private final Map<String, ResourceDirectory.Observation> reported = new ConcurrentHashMap<>();
    private final long intervalMs;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService runner = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "catalog-feedback");
        t.setDaemon(true);
        return t;
    });
    private volatile long lastRun;

    public CatalogFeedback(Journal journal, SubscriptionStore subscriptions, ResourceDirectory directory, ExchangeConfig config) {
        this.journal = journal;
        this.subscriptions = subscriptions;
        this.directory = directory;
        this.intervalMs = config.feedbackInterval().toMillis();
    }

    /** A publish committed: report soon, coalescing the publishes of one interval into one report. */
    @Override
    public void appended(Set<String> resourceCodes, long headSeq) {
        if (scheduled.compareAndSet(false, true)) {
            long delay = Math.max(0, lastRun + intervalMs - System.currentTimeMillis());
            runner.schedule(() -> {
                scheduled.set(false);
                lastRun = System.currentTimeMillis();
                try {
                    report();
                } catch (RuntimeException e) {
                    LOG.warn("catalog feedback failed", e);
                }
            }, delay, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
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
