package org.govex.exchange.bench;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Publish bodies made once as UTF-8 and sent again and again, each record's {@code updatedAt}
 * overwritten with the send time just before a send: the harness shares the hub's two cores, and
 * building and encoding 1-KB records took it about 0.15 cores at 36k records/s. Batch {@code k}
 * holds records {@code first + k·batch …}; the {@code from} of a batch picks the body of its
 * sequence modulo {@code count}, so with {@code count} larger than the batches in flight no two
 * sends share a body. With {@code count · batch} = 140,000 the record keys repeat exactly as they
 * do for records made one by one ({@code TestPersons.idNumber} repeats with that period).
 */
final class PublishBodies {

    /** Fixed width (29 characters), so it overwrites the placeholder in place; ISO 8601 with offset. */
    static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final BytePattern UPDATED_AT = new BytePattern("\"updatedAt\":\"");

    private final long first;
    private final int batch;
    private final byte[][] bodies;
    /** Per body, where each record's updatedAt value begins. */
    private final int[][] times;

    /** {@code batchOf} makes the JSON array of {@code batch} records from the given one on, with the given updatedAt. */
    PublishBodies(long first, int batch, int count, BatchMaker batchOf) {
        this.first = first;
        this.batch = batch;
        bodies = new byte[count][];
        times = new int[count][];
        String placeholder = now();
        for (int k = 0; k < count; k++) {
            byte[] body = batchOf.make(first + (long) k * batch, batch, placeholder).getBytes(StandardCharsets.UTF_8);
            int[] at = new int[batch];
            int n = 0;
            for (int i = UPDATED_AT.in(body, 0, body.length); i >= 0; i = UPDATED_AT.in(body, i + 1, body.length)) {
                at[n++] = i + UPDATED_AT.length();
            }
            if (n != batch) {
                throw new IllegalStateException("a body holds " + n + " updatedAt values, " + batch + " records");
            }
            bodies[k] = body;
            times[k] = at;
        }
    }

    /** Makes a batch body as text. */
    @FunctionalInterface
    interface BatchMaker {
        String make(long from, int count, String updatedAt);
    }

    /** The send time as the records carry it. */
    static String now() {
        return SENT.format(OffsetDateTime.now(CHINA));
    }

    /** The body of the batch starting at {@code from}, its records' updatedAt set to now. */
    byte[] at(long from) {
        int k = (int) Math.floorMod(Math.floorDiv(from - first, batch), (long) bodies.length);
        byte[] body = bodies[k];
        byte[] sent = now().getBytes(StandardCharsets.US_ASCII);
        for (int at : times[k]) {
            System.arraycopy(sent, 0, body, at, sent.length);
        }
        return body;
    }

    int batch() {
        return batch;
    }
}
