package org.govex.exchange.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Publish-to-delivery samples (send time, arrival time) in primitive blocks, so a harness that
 * receives millions of events keeps no object per event (no harness GC pauses in the figures).
 */
final class LatencyLog {

    private static final int BLOCK = 1 << 20;
    private final List<long[]> blocks = new ArrayList<>();
    private long[] current;
    private int used = BLOCK;

    synchronized void add(long sentMillis, long arrivedMillis) {
        if (used == BLOCK) {
            current = new long[BLOCK * 2];
            blocks.add(current);
            used = 0;
        }
        current[2 * used] = sentMillis;
        current[2 * used + 1] = arrivedMillis;
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

    /** Sorted delays (ms) of the samples sent in [from, to). */
    synchronized List<Long> delays(long from, long to) {
        List<Long> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            long[] block = blocks.get(b);
            int n = b == blocks.size() - 1 ? used : BLOCK;
            for (int i = 0; i < n; i++) {
                long sent = block[2 * i];
                if (sent >= from && sent < to) {
                    out.add(block[2 * i + 1] - sent);
                }
            }
        }
        Collections.sort(out);
        return out;
    }
}
