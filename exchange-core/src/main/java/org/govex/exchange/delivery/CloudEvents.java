package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
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

    /** The event as a tree: {@link #structured}'s bytes read back (for the rare reader without them). */
    public static ObjectNode event(ObjectMapper json, DeliveryEvent e) {
        try {
            return (ObjectNode) json.readTree(structured(json, e).asUnquotedUTF8());
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    /** Writes an event's data (one JSON value) where the envelope wants it. */
    @FunctionalInterface
    public interface DataWriter {
        void write(JsonGenerator g) throws java.io.IOException;
    }

    /**
     * The event as CloudEvents 1.0 structured JSON, written once to UTF-8 bytes that every
     * response reuses (streamed: no tree of the envelope is built).
     */
    public static SerializableString structured(ObjectMapper json, DeliveryEvent e) {
        return structured(json, e.id(), e.seq(), e.resource(), e.key(), e.time(), g -> {
            if (e.data() == null) {
                g.writeNull();
            } else {
                g.writeTree(e.data());
            }
        });
    }

    /**
     * The event as CloudEvents 1.0 structured JSON with its data written by {@code data}
     * straight into the envelope (no tree of the data either).
     */
    private static WrittenEvent structured(ObjectMapper json, String id, long seq, String resource, String key,
                                          Instant time, DataWriter data) {
        try (Writer w = new Writer(json)) {
            return w.write(id, seq, resource, key, time, data);
        }
    }

    /**
     * Writes events one after another through one generator (a page's worth of events costs one
     * generator, not one each). Not thread-safe; after a failed write it must not be used again.
     */
    static final class Writer implements AutoCloseable {
        private final ByteArrayBuilder out = new ByteArrayBuilder(512);
        private final JsonGenerator g;

        Writer(ObjectMapper json) {
            try {
                g = json.getFactory().createGenerator(out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            g.setCodec(json);
            g.setRootValueSeparator(null); // events are root values one after another, cut apart below
        }

        /** One event; {@code data} is the envelope's last member, so the written event knows where its data lies. */
        WrittenEvent write(String id, long seq, String resource, String key, Instant time, DataWriter data) {
            try {
                g.writeStartObject();
                g.writeFieldName(SPECVERSION);
                g.writeString(SPECVERSION_1);
                g.writeStringField("id", id);
                g.writeStringField("source", "/govex/resources/" + resource);
                g.writeFieldName(TYPE);
                g.writeString(TYPE_RECORD);
                g.writeStringField("subject", key);
                g.writeStringField("time", timeText(time));
                g.writeFieldName(DATACONTENTTYPE);
                g.writeString(APPLICATION_JSON);
                g.writeNumberField("govexsequence", seq);
                g.writeFieldName(DATA);
                g.flush();
                int dataStart = out.size();
                data.write(g);
                g.writeEndObject();
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

    private static final SerializedString SPECVERSION = new SerializedString("specversion");
    private static final SerializedString SPECVERSION_1 = new SerializedString("1.0");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TYPE_RECORD = new SerializedString(EVENT_TYPE);
    private static final SerializedString DATACONTENTTYPE = new SerializedString("datacontenttype");
    private static final SerializedString APPLICATION_JSON = new SerializedString("application/json");
    private static final SerializedString DATA = new SerializedString("data");

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

    public static byte[] batch(ObjectMapper json, List<DeliveryEvent> events) {
        if (events.stream().allMatch(e -> e.structured() != null)) {
            // join the events' cached bytes: no tree, no serialisation per subscriber
            ByteArrayOutputStream out = new ByteArrayOutputStream(events.size() * 512);
            out.write('[');
            for (int i = 0; i < events.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.writeBytes(events.get(i).structured().asUnquotedUTF8());
            }
            out.write(']');
            return out.toByteArray();
        }
        ArrayNode a = json.createArrayNode();
        events.forEach(e -> a.add(event(json, e)));
        try {
            return json.writeValueAsBytes(a);
        } catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
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
