package org.govex.exchange.journal;

import java.util.ArrayList;
import java.util.List;

/**
 * The newest journal records in memory, in sequence order, as the writer committed them: a
 * ring of at most {@code capacity} records covering the contiguous range {@code [first, last]}.
 * Readers whose cursor is inside the range are served from here, parsed once for everyone;
 * readers further behind go to the database. Only the journal writer appends, after commit.
 */
final class JournalTail {

    private final JournalRecord[] ring;
    /** Sequence of the oldest record held; records before it are only in the database. */
    private long first;
    /** Sequence of the newest record held, {@code first - 1} when empty. */
    private long last;

    JournalTail(int capacity) {
        this.ring = new JournalRecord[Math.max(0, capacity)];
        // covers nothing until the writer starts it at the journal's head
        this.first = Long.MAX_VALUE;
        this.last = Long.MAX_VALUE - 1;
    }

    /** Starts the tail empty just after {@code head}: only records committed from now on are held. */
    synchronized void reset(long head) {
        java.util.Arrays.fill(ring, null);
        first = head + 1;
        last = head;
    }

    /** Appends committed records; they must continue the range (sequence {@code last + 1} onwards). */
    synchronized void append(List<JournalRecord> records) {
        if (ring.length == 0 || records.isEmpty()) {
            return;
        }
        if (records.get(0).seq() != last + 1) {
            // a gap (should not happen): drop what is held and start again at these records
            java.util.Arrays.fill(ring, null);
            first = records.get(0).seq();
            last = first - 1;
        }
        for (JournalRecord r : records) {
            last = r.seq();
            ring[(int) (last % ring.length)] = r;
            if (last - first + 1 > ring.length) {
                first = last - ring.length + 1;
            }
        }
    }

    /**
     * Records after {@code after} (of one resource, or all when {@code resourceCode} is null),
     * at most {@code limit}, in order; {@code null} when the tail does not hold everything
     * committed after {@code after} (the caller then reads the database).
     */
    synchronized List<JournalRecord> read(String resourceCode, long after, int limit) {
        if (ring.length == 0 || after < first - 1) {
            return null;
        }
        List<JournalRecord> out = new ArrayList<>(Math.min(limit, 1024));
        for (long seq = after + 1; seq <= last && out.size() < limit; seq++) {
            JournalRecord r = ring[(int) (seq % ring.length)];
            if (resourceCode == null || resourceCode.equals(r.resourceCode())) {
                out.add(r);
            }
        }
        return out;
    }
}
