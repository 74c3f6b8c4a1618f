package org.govex.exchange.journal;

import org.govex.exchange.bytes.ByteWords;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The journal's unit of storage: consecutive records of one batch in one row ({@code journal_block},
 * V19), so a commit writes a few rows, not one per record. Payloads are one per line (canonical JSON
 * holds no raw line break), as UTF-8 bytes since V20 ({@code payload_lines}; text in
 * {@code payloads} before); keys one per line, with {@code \} written {@code \\} and a line
 * break {@code \n}.
 */
final class JournalBlock {

    /** Records per block at most. */
    static final int MAX_RECORDS = 1000;
    /** Payload bytes after which a block is closed (one record may make it larger). */
    static final int MAX_BYTES = 512 * 1024;

    private final StringBuilder keys = new StringBuilder();
    private byte[] payloads;
    private int size;
    private int count;

    /** {@code expectedBytes}: the payload bytes to come ({@link #bytesFrom}), so they are neither copied as they grow nor at the end. */
    JournalBlock(int expectedBytes) {
        this.payloads = new byte[Math.max(0, expectedBytes)];
    }

    /**
     * A batch's records cut into blocks, each sized exactly. Done by the publishing thread before
     * the batch is submitted, while the payloads it has just written are in its cache: the journal
     * writer, one thread for every publisher, then only numbers and inserts them. A payload with a
     * line feed fails its own batch here, not the writer's group of batches.
     */
    static List<JournalBlock> cut(List<AppendRequest.Entry> entries) {
        List<JournalBlock> blocks = new java.util.ArrayList<>(2);
        JournalBlock block = null;
        for (int i = 0; i < entries.size(); i++) {
            if (block == null || !block.hasRoom()) {
                block = new JournalBlock(bytesFrom(entries, i));
                blocks.add(block);
            }
            block.add(entries.get(i).key(), entries.get(i).payload());
        }
        return blocks;
    }

    /**
     * The payload bytes of the block that would begin with {@code entries[from]}: the payloads it
     * takes before it has no more {@link #hasRoom room}, with a line feed between each two.
     */
    static int bytesFrom(java.util.List<AppendRequest.Entry> entries, int from) {
        int size = 0;
        int count = 0;
        for (int i = from; i < entries.size() && count < MAX_RECORDS && size < MAX_BYTES; i++) {
            size += (count > 0 ? 1 : 0) + entries.get(i).payload().length;
            count++;
        }
        return size;
    }

    /** Whether another record goes in before the block is written. */
    boolean hasRoom() {
        return count < MAX_RECORDS && size < MAX_BYTES;
    }

    /** Adds a record; its payload is UTF-8 JSON on one line (no byte of a multi-byte character is a line feed). */
    void add(String key, byte[] payload) {
        if (hasLineFeed(payload)) {
            throw new IllegalArgumentException("a journal payload must be single-line JSON");
        }
        int needed = size + payload.length + 1;
        if (needed > payloads.length) {
            payloads = java.util.Arrays.copyOf(payloads, Math.max(needed, payloads.length * 2));
        }
        if (count > 0) {
            keys.append('\n');
            payloads[size++] = '\n';
        }
        escapeKey(key, keys);
        System.arraycopy(payload, 0, payloads, size, payload.length);
        size += payload.length;
        count++;
    }

    private static final long LINE_FEEDS = ByteWords.repeated((byte) '\n');

    /**
     * Whether the bytes hold a line feed, eight at a time ({@link ByteWords}). The journal writer,
     * one thread for all publishers, looked at each byte of a 1-KB record alone: over a third of
     * its time.
     */
    static boolean hasLineFeed(byte[] b) {
        int i = 0;
        for (; i + Long.BYTES <= b.length; i += Long.BYTES) {
            if (ByteWords.flags(ByteWords.word(b, i), LINE_FEEDS) != 0) {
                return true;
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == '\n') {
                return true;
            }
        }
        return false;
    }

    int count() {
        return count;
    }

    String keys() {
        return keys.toString();
    }

    /** The payload lines as UTF-8, exactly their length (copied only if the block was sized otherwise, as in tests). */
    byte[] payloadLines() {
        return size == payloads.length ? payloads : java.util.Arrays.copyOf(payloads, size);
    }

    /**
     * The records of a stored block after {@code after}, in order, at most {@code limit}; its
     * payloads are {@code lines} (UTF-8, V20 on) or, for a block written before, {@code text}.
     */
    static void decode(long firstSeq, int count, String resourceCode, String keys, byte[] lines, String text, String batchId,
                       String publisherId, Instant recordedAt, long after, int limit, List<JournalRecord> out) {
        byte[] payloads = lines != null ? lines : text.getBytes(StandardCharsets.UTF_8);
        int k = 0;
        int p = 0;
        for (int i = 0; i < count && out.size() < limit; i++) {
            int kEnd = end(keys, k);
            int pEnd = end(payloads, p);
            long seq = firstSeq + i;
            if (seq > after) {
                out.add(new JournalRecord(seq, resourceCode, unescapeKey(keys, k, kEnd), java.util.Arrays.copyOfRange(payloads, p, pEnd),
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

    private static int end(byte[] b, int from) {
        for (int i = from; i < b.length; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return b.length;
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
