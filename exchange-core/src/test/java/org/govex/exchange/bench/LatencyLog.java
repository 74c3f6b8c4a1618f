package org.govex.exchange.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Publish-to-delivery samples (send time, arrival time, how many events) in primitive blocks, so a
 * harness that receives millions of events keeps no object per event (no harness GC pauses in the
 * figures). Events of one page sent at the same time are one entry: ten feed readers adding each
 * event under this lock contended for it a million times a second.
 */
final class LatencyLog {

    private static final int BLOCK = 1 << 20;
    private final List<long[]> blocks = new ArrayList<>();
    private final boolean keepSamples;
    private long[] current;
    private int used = BLOCK;
    private volatile long newestSent;

    LatencyLog() {
        this(true);
    }

    private LatencyLog(boolean keepSamples) {
        this.keepSamples = keepSamples;
    }

    /** A log that keeps only the newest send time it was given: how far one subscriber has got. */
    static LatencyLog newestOnly() {
        return new LatencyLog(false);
    }

    void add(long sentMillis, long arrivedMillis) {
        add(sentMillis, arrivedMillis, 1);
    }

    /** {@code count} events sent at {@code sentMillis} that arrived at {@code arrivedMillis}. */
    synchronized void add(long sentMillis, long arrivedMillis, int count) {
        if (sentMillis > newestSent) {
            newestSent = sentMillis;
        }
        if (!keepSamples) {
            return;
        }
        if (used == BLOCK) {
            current = new long[BLOCK * 3];
            blocks.add(current);
            used = 0;
        }
        current[3 * used] = sentMillis;
        current[3 * used + 1] = arrivedMillis;
        current[3 * used + 2] = count;
        used++;
    }

    /**
     * Forgets every sample: the warm-up's (minutes of 300k+ events/s, gigabytes) must not stay in
     * the heap of the JVM that runs the baseline next.
     */
    synchronized void clear() {
        blocks.clear();
        current = null;
        used = BLOCK;
    }

    /** The newest send time of the events added (0: none yet). */
    long newestSent() {
        return newestSent;
    }

    /** Sorted delays (ms) of the events sent in [from, to), one per event. */
    synchronized List<Long> delays(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            long[] block = blocks.get(b);
            int n = b == blocks.size() - 1 ? used : BLOCK;
            for (int i = 0; i < n; i++) {
                long sent = block[3 * i];
                if (sent >= from && sent < to) {
                    Long delay = block[3 * i + 1] - sent;
                    for (long k = block[3 * i + 2]; k > 0; k--) {
                        out.add(delay);
                    }
                }
            }
        }
        Collections.sort(out);
        return out;
    }
}
