package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * CloudEvents 1.0 structured JSON (batch mode, {@code application/cloudevents-batch+json}) and
 * the webhook signature: {@code X-Govex-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of
 * "<t>.<body>" with the subscription's secret>}. Receivers refuse timestamps outside their
 * tolerance (default 5 minutes) to stop replays.
 */
public final class CloudEvents {

    public static final String BATCH_MEDIA_TYPE = "application/cloudevents-batch+json";
    public static final String EVENT_TYPE = "org.govex.exchange.record";
    public static final String SIGNATURE_HEADER = "X-Govex-Signature";

    private CloudEvents() {
    }

    /**
     * Writes an event's data (one JSON value) where the envelope wants it: through the generator,
     * or as UTF-8 straight into {@code raw}, the bytes the generator writes to (flushed before,
     * so the two stay in order as long as one writer uses one of them).
     */
    @FunctionalInterface
    public interface DataWriter {
        void write(JsonGenerator g, java.io.OutputStream raw) throws java.io.IOException;
    }

    /**
     * The event as CloudEvents 1.0 structured JSON, written once to UTF-8 bytes that every
     * response reuses (streamed: no tree of the envelope is built).
     */
    public static SerializableString structured(ObjectMapper json, DeliveryEvent e) {
        try (Writer w = new Writer(json)) {
            return w.write(e.id(), e.seq(), e.resource(), e.key(), e.time(), (g, raw) -> {
                if (e.data() == null) {
                    g.writeNull();
                } else {
                    g.writeTree(e.data());
                }
            });
        }
    }

    /**
     * Writes events one after another through one generator (a page's worth of events costs one
     * generator, not one each). Not thread-safe; after a failed write it must not be used again.
     */
    static final class Writer implements AutoCloseable {
        private final ByteArrayBuilder out = new ByteArrayBuilder(512);
        private final JsonGenerator g;
        /** The last resource written and the envelope's text from its source to the subject: a page's events share them. */
        private String resource;
        private SerializedString sourceToSubject;

        Writer(ObjectMapper json) {
            try {
                g = json.getFactory().createGenerator(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            g.setCodec(json);
            g.setRootValueSeparator(null); // events are root values one after another, cut apart below
        }

        /**
         * One event; {@code data} is the envelope's last member, so the written event knows where
         * its data lies. The envelope's fixed text goes out raw and its values as JSON strings and
         * numbers (the generator sees root values one after another): one call per value, not a
         * name and a value each with the generator's checks between.
         */
        WrittenEvent write(String id, long seq, String resource, String key, Instant time, DataWriter data) {
            try {
                if (!resource.equals(this.resource)) {
                    this.resource = resource;
                    this.sourceToSubject = new SerializedString(",\"source\":" + quoted(sourceOf(resource))
                            + ",\"type\":\"" + EVENT_TYPE + "\",\"subject\":");
                }
                g.writeRaw(OPEN_TO_ID);
                g.writeString(id);
                g.writeRaw(sourceToSubject);
                g.writeString(key);
                g.writeRaw(TIME);
                g.writeString(timeText(time));
                g.writeRaw(CONTENT_TYPE_TO_SEQUENCE);
                g.writeNumber(seq);
                g.writeRaw(DATA);
                g.flush();
                int dataStart = out.size();
                data.write(g, out);
                g.writeRaw('}');
                g.flush();
                byte[] event = out.toByteArray();
                out.reset();
                return new WrittenEvent(event, dataStart);
            } catch (java.io.IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }

        @Override
        public void close() {
            try {
                g.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    private static final SerializedString OPEN_TO_ID = new SerializedString("{\"specversion\":\"1.0\",\"id\":");
    private static final SerializedString TIME = new SerializedString(",\"time\":");
    private static final SerializedString CONTENT_TYPE_TO_SEQUENCE =
            new SerializedString(",\"datacontenttype\":\"application/json\",\"govexsequence\":");
    private static final SerializedString DATA = new SerializedString(",\"data\":");

    /** A JSON string literal of {@code s}, quotes included. */
    private static String quoted(String s) {
        return "\"" + new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /** The last time written and its text: the records of one commit share their time. */
    private static volatile TimeText lastTime = new TimeText(Instant.EPOCH, Instant.EPOCH.toString());

    private record TimeText(Instant at, String text) {
    }

    private static String timeText(Instant time) {
        TimeText last = lastTime;
        if (last.at().equals(time)) {
            return last.text();
        }
        String text = time.toString();
        lastTime = new TimeText(time, text);
        return text;
    }

    /** A webhook batch: the events as one JSON array, copied once into a body of its exact size. */
    public static byte[] batch(ObjectMapper json, List<DeliveryEvent> events) {
        return joined(json, ARRAY_OPEN, events, ARRAY_CLOSE);
    }

    /** {@link #arrayParts} copied once into one array of their exact size. */
    static byte[] joined(ObjectMapper json, byte[] open, List<DeliveryEvent> events, byte[] close) {
        byte[][] parts = arrayParts(json, open, events, close);
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] body = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, body, at, part.length);
            at += part.length;
        }
        return body;
    }

    private static final byte[] ARRAY_OPEN = {'['};
    private static final byte[] ARRAY_CLOSE = {']'};
    private static final byte[] COMMA = {','};

    /**
     * The pieces of a JSON text that holds the events as one array, in order: {@code open} (ending
     * with the array's {@code [}), each event's structured JSON with commas between, {@code close}
     * (starting with its {@code ]}). Cached events go in as their bytes (no tree, no serialisation
     * per subscriber; the arrays are shared, not to be changed), others are written now.
     */
    private static byte[][] arrayParts(ObjectMapper json, byte[] open, List<DeliveryEvent> events, byte[] close) {
        byte[][] parts = new byte[events.isEmpty() ? 2 : 2 * events.size() + 1][];
        int n = 0;
        parts[n++] = open;
        for (int i = 0; i < events.size(); i++) {
            if (i > 0) {
                parts[n++] = COMMA;
            }
            DeliveryEvent e = events.get(i);
            parts[n++] = (e.structured() != null ? e.structured() : structured(json, e)).asUnquotedUTF8();
        }
        parts[n] = close;
        return parts;
    }

    /** An event's {@code source}: the resource it is a record of. */
    public static String sourceOf(String resource) {
        return "/govex/resources/" + resource;
    }

    public static String signature(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
