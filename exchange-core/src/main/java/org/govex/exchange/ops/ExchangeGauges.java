package org.govex.exchange.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.govex.exchange.base.BaseMerger;
import org.govex.exchange.delivery.EventReader;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.storage.StorageGuard;

/**
 * How far the hub's background work is behind the journal, for operators (Prometheus at
 * {@code /q/metrics}): the journal head and the base merge's lag in records; and how well
 * subscribers with the same view share projected events (events read vs. events projected).
 */
@ApplicationScoped
public class ExchangeGauges {

    private final MeterRegistry registry;
    private final Journal journal;
    private final BaseMerger merger;
    private final EventReader events;
    private final StorageGuard storage;

    public ExchangeGauges(MeterRegistry registry, Journal journal, BaseMerger merger, EventReader events, StorageGuard storage) {
        this.registry = registry;
        this.journal = journal;
        this.merger = merger;
        this.events = events;
        this.storage = storage;
    }

    void register(@Observes StartupEvent event) {
        Gauge.builder("govex.journal.head", journal, Journal::head)
                .description("Highest committed journal sequence").register(registry);
        Gauge.builder("govex.base.merge.lag", journal, j -> Math.max(0, j.head() - merger.cursor()))
                .description("Journal records not yet merged into the base databases").baseUnit("records").register(registry);
        FunctionCounter.builder("govex.delivery.events.read", events, EventReader::eventsRead)
                .description("Events read for subscribers (feeds, webhooks, Kafka, databases)").register(registry);
        FunctionCounter.builder("govex.delivery.events.projected", events, EventReader::eventsProjected)
                .description("Events projected, masked and written for a view (the rest were shared)").register(registry);
        Gauge.builder("govex.storage.free", storage, s -> s.space() == null ? Double.NaN : s.space().free())
                .description("Free space on the data volume at the last measurement; publishing stops below govex.storage.min-free")
                .baseUnit("bytes").register(registry);
    }
}
