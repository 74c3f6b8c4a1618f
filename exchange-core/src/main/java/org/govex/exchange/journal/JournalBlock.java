package org.govex.exchange.journal;

import java.time.Instant;
import java.util.List;

/**
 * The journal's unit of storage: consecutive records of one batch in one row ({@code journal_block},
 * V19), so a commit writes a few rows, not one per record. Payloads are one per line (canonical JSON
 * holds no raw line break); keys one per line, with {@code \} written {@code \\} and a line
 * break {@code \n}.
 */
final class JournalBlock {

    /** Records per block at most. */
    static final int MAX_RECORDS = 1000;
    /** Payload characters after which a block is closed (one record may make it larger). */
    static final int MAX_CHARS = 512 * 1024;

    private final StringBuilder keys = new StringBuilder();
    private final StringBuilder payloads;
    private final long firstSeq;
    private int count;

    /** {@code expectedChars}: about the payload characters to come, so the text is not copied as it grows. */
    JournalBlock(long firstSeq, int expectedChars) {
        this.firstSeq = firstSeq;
        this.payloads = new StringBuilder(Math.max(16, Math.min(expectedChars, MAX_CHARS + 64 * 1024)));
    }

    /** Whether another record goes in before the block is written. */
    boolean hasRoom() {
        return count < MAX_RECORDS && payloads.length() < MAX_CHARS;
    }

    void add(String key, String payload) {
        if (payload.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a journal payload must be single-line JSON");
        }
        if (count > 0) {
            keys.append('\n');
            payloads.append('\n');
        }
        escapeKey(key, keys);
        payloads.append(payload);
        count++;
    }

    boolean isEmpty() {
        return count == 0;
    }

    long firstSeq() {
        return firstSeq;
    }

    long lastSeq() {
        return firstSeq + count - 1;
    }

    int count() {
        return count;
    }

    String keys() {
        return keys.toString();
    }

    String payloads() {
        return payloads.toString();
    }

    /** The records of a stored block after {@code after}, in order, at most {@code limit}. */
    static void decode(long firstSeq, int count, String resourceCode, String keys, String payloads, String batchId,
                       String publisherId, Instant recordedAt, long after, int limit, List<JournalRecord> out) {
        int k = 0;
        int p = 0;
        for (int i = 0; i < count && out.size() < limit; i++) {
            int kEnd = end(keys, k);
            int pEnd = end(payloads, p);
            long seq = firstSeq + i;
            if (seq > after) {
                out.add(new JournalRecord(seq, resourceCode, unescapeKey(keys, k, kEnd), payloads.substring(p, pEnd),
                        batchId, publisherId, recordedAt));
            }
            k = kEnd + 1;
            p = pEnd + 1;
        }
    }

    private static int end(String s, int from) {
        int i = s.indexOf('\n', from);
        return i < 0 ? s.length() : i;
    }

    static void escapeKey(String key, StringBuilder out) {
        if (key.indexOf('\\') < 0 && key.indexOf('\n') < 0) {
            out.append(key);
            return;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '\\') {
                out.append("\\\\");
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append(c);
            }
        }
    }

    static String unescapeKey(String s, int from, int to) {
        int slash = s.indexOf('\\', from);
        if (slash < 0 || slash >= to) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < to) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
