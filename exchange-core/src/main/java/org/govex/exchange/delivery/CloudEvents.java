package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
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
     * straight into the envelope (no tree of the data either). {@code data} is the last member,
     * so the written event knows where its data lies.
     */
    public static WrittenEvent structured(ObjectMapper json, String id, long seq, String resource, String key,
                                          java.time.Instant time, DataWriter data) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        int dataStart;
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.setCodec(json);
            g.writeStartObject();
            g.writeStringField("specversion", "1.0");
            g.writeStringField("id", id);
            g.writeStringField("source", "/govex/resources/" + resource);
            g.writeStringField("type", EVENT_TYPE);
            g.writeStringField("subject", key);
            g.writeStringField("time", time.toString());
            g.writeStringField("datacontenttype", "application/json");
            g.writeNumberField("govexsequence", seq);
            g.writeFieldName("data");
            g.flush();
            dataStart = out.size();
            data.write(g);
            g.writeEndObject();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        return new WrittenEvent(out.toByteArray(), dataStart);
    }

    /** The event for a JSON response: its structured form as it is, or built now. */
    public static Object forResponse(ObjectMapper json, DeliveryEvent e) {
        return e.structured() != null ? new RawValue(e.structured()) : event(json, e);
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
