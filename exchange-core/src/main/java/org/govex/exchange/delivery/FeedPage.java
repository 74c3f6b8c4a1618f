package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A page of the pull feed: CloudEvents in sequence order; ask again with {@code after=next}.
 * {@code head} is the resource's last journal sequence. Written by {@link #json}: the events'
 * bytes, serialised once for every consumer with the same view, are copied in as they are
 * ({@link CloudEvents#writeArray}, as in a webhook batch).
 */
public record FeedPage(String resource, long after, long next, long head,
                       @Schema(description = "CloudEvents 1.0 structured JSON events", type = SchemaType.ARRAY,
                               implementation = Object.class) List<DeliveryEvent> events) {

    /** The page as compact JSON: {@code resource}, {@code after}, {@code next}, {@code head}, then {@code events}. */
    public byte[] json(ObjectMapper json) {
        ByteArrayBuilder out = new ByteArrayBuilder(256 + events.size() * 512);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.setCodec(json);
            g.writeStartObject();
            g.writeStringField("resource", resource);
            g.writeNumberField("after", after);
            g.writeNumberField("next", next);
            g.writeNumberField("head", head);
            g.writeFieldName("events");
            CloudEvents.writeArray(json, g, events);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
