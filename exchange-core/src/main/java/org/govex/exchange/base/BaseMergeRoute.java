package org.govex.exchange.base;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.storage.StorageGuard;

/**
 * Base databases: a timer merges the journal beyond the base-merge cursor into golden records,
 * chunk by chunk. Publishing comes first: while the journal grows under a chunk, the merge pauses
 * after it so that it takes at most {@code govex.exchange.base-merge-busy-share} of the time, and
 * catches up at full speed once publishers pause. It waits while the data volume is short of space.
 */
@ApplicationScoped
public class BaseMergeRoute extends RouteBuilder {

    /** Longest pause between two chunks, however long the chunk took. */
    static final long MAX_PAUSE_MILLIS = 5_000;

    private final ExchangeConfig config;
    private final BaseMerger merger;
    private final Journal journal;
    private final StorageGuard storage;

    public BaseMergeRoute(ExchangeConfig config, BaseMerger merger, Journal journal, StorageGuard storage) {
        this.config = config;
        this.merger = merger;
        this.journal = journal;
        this.storage = storage;
    }

    @Override
    public void configure() {
        from(config.routes().baseMergeTick()).routeId("base-merge")
                .process(ex -> ex.getIn().setBody(mergeYielding()));
    }

    private int mergeYielding() throws InterruptedException {
        int total = 0;
        while (storage.roomToWrite()) {
            long headBefore = journal.head();
            long start = System.nanoTime();
            int merged;
            try {
                merged = merger.mergeNext();
            } catch (RuntimeException e) {
                storage.noticed(BaseStore.DATASOURCE, e);
                throw e;
            }
            if (merged == 0) {
                return total;
            }
            total += merged;
            long pause = pauseAfter(System.nanoTime() - start, journal.head() > headBefore, config.baseMergeBusyShare());
            if (pause > 0) {
                Thread.sleep(pause);
            }
        }
        return total;
    }

    /** The pause (ms) after a chunk that took {@code tookNanos}, so the merge keeps to its share while publishers write. */
    static long pauseAfter(long tookNanos, boolean publishing, double busyShare) {
        if (!publishing || busyShare >= 1 || busyShare <= 0) {
            return 0;
        }
        double pauseMillis = tookNanos / 1e6 * (1 - busyShare) / busyShare;
        return Math.min(MAX_PAUSE_MILLIS, Math.round(pauseMillis));
    }
}
