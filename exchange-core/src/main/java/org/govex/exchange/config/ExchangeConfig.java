package org.govex.exchange.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Settings of the exchange hub ({@code govex.exchange.*}). */
@ConfigMapping(prefix = "govex.exchange")
public interface ExchangeConfig {

    Journal journal();

    /** How long a resource definition read from the catalog is reused (0: read every time). */
    @WithName("resource-cache-ttl")
    @WithDefault("PT1S")
    Duration resourceCacheTtl();

    Publish publish();

    /** Shortest time between two reports of observed metadata to the catalog after publishes. */
    @WithName("feedback-interval")
    @WithDefault("PT1S")
    Duration feedbackInterval();

    /**
     * Share of the time the base merge may take while publishers are writing to the journal
     * (1: no yielding). The merge catches up once publishing pauses; its lag is the gauge
     * {@code govex_base_merge_lag_records}.
     */
    @WithName("base-merge-busy-share")
    @WithDefault("0.25")
    double baseMergeBusyShare();

    Access access();

    Delivery delivery();

    Routes routes();

    interface Journal {
        /** Most batches committed together in one transaction (group commit). */
        @WithName("group-max-batches")
        @WithDefault("64")
        int groupMaxBatches();

        /** Most records committed together in one transaction. */
        @WithName("group-max-records")
        @WithDefault("20000")
        int groupMaxRecords();

        /**
         * Also force the database file to stable storage after each group commit (H2
         * {@code CHECKPOINT SYNC}): survives power failure, costs throughput.
         */
        @WithName("sync-on-commit")
        @WithDefault("false")
        boolean syncOnCommit();

        /**
         * Most recent records kept in memory (their JSON) for delivery and the base merge (readers
         * further behind read the database). 0 switches the tail off.
         */
        @WithName("tail-records")
        @WithDefault("50000")
        int tailRecords();
    }

    interface Publish {
        /** Most records in one publish request. */
        @WithName("max-records")
        @WithDefault("100000")
        int maxRecords();
    }

    interface Access {
        /** Working days a provider has to decide a conditional request. */
        @WithName("decision-working-days")
        @WithDefault("10")
        int decisionWorkingDays();

        /** Public holidays skipped when counting working days (ISO dates). */
        Optional<List<LocalDate>> holidays();

        /** Weekend days that are worked (调休), ISO dates. */
        @WithName("working-weekends")
        Optional<List<LocalDate>> workingWeekends();
    }

    interface Delivery {
        /** Attempts before a batch goes to the dead letters. */
        @WithName("max-attempts")
        @WithDefault("8")
        int maxAttempts();

        /** First retry delay; doubled per attempt, with full jitter. */
        @WithName("initial-backoff")
        @WithDefault("PT0.5S")
        Duration initialBackoff();

        @WithName("max-backoff")
        @WithDefault("PT5M")
        Duration maxBackoff();

        /** Most events in one webhook batch. */
        @WithName("batch-size")
        @WithDefault("500")
        int batchSize();

        /** Timeout of one webhook call. */
        @WithName("webhook-timeout")
        @WithDefault("PT10S")
        Duration webhookTimeout();

        /** Accepted clock skew of a signed webhook timestamp (for receivers; documented). */
        @WithName("signature-tolerance")
        @WithDefault("PT5M")
        Duration signatureTolerance();

        /** Subscriptions delivered at the same time (one slow subscriber holds one of them). */
        @WithName("concurrency")
        @WithDefault("4")
        int concurrency();
    }

    /** Camel endpoint URIs of the hub's routes. */
    interface Routes {
        @WithDefault("direct:publish")
        String publish();

        @WithName("journal-appended")
        @WithDefault("seda:journal-appended?size=10000&blockWhenFull=false&discardWhenFull=true")
        String journalAppended();

        @WithName("delivery-tick")
        @WithDefault("timer:delivery-tick?period=1000&delay=1000")
        String deliveryTick();

        @WithName("delivery-work")
        @WithDefault("seda:delivery-work?size=1000&discardWhenFull=true")
        String deliveryWork();

        @WithName("base-merge-tick")
        @WithDefault("timer:base-merge-tick?period=2000&delay=1000")
        String baseMergeTick();

        @WithName("feedback-tick")
        @WithDefault("timer:catalog-feedback?period=5000&delay=2000")
        String feedbackTick();
    }
}
