package org.govex.exchange.publish;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a batch's canonical records as UTF-8 JSON through one generator and one buffer: the
 * same bytes as {@link ObjectMapper#writeValueAsBytes} of each record, without a serializer
 * lookup, a generator and a buffer per record. Not thread-safe.
 */
final class CanonicalWriter implements AutoCloseable {

    private final ObjectMapper json;
    private final ByteArrayBuilder out = new ByteArrayBuilder(2048);
    private final JsonGenerator g;

    CanonicalWriter(ObjectMapper json) {
        this.json = json;
        try {
            g = json.getFactory().createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        g.setCodec(json);
        g.setRootValueSeparator(null); // records are root values one after another, cut apart here
    }

    /** The record's canonical JSON. */
    byte[] write(ObjectNode record) {
        try {
            g.writeStartObject();
            Iterator<Map.Entry<String, JsonNode>> fields = record.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                g.writeFieldName(f.getKey());
                JsonNode v = f.getValue();
                if (v.isTextual()) {
                    g.writeString(v.textValue());
                } else {
                    json.writeTree(g, v); // numbers, booleans, nested values: as the mapper writes them
                }
            }
            return end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The canonical JSON of a record whose values are spans of {@code body}: the written items in
     * order, each a string copied as it is (UTF-8 that needs no escape, see {@link FlatBatch}),
     * or the typed value when there is one.
     */
    byte[] write(SerializableString[] names, byte[] body, int[] starts, int[] ends, JsonNode[] typed, boolean[] written) {
        try {
            g.writeStartObject();
            for (int i = 0; i < names.length; i++) {
                if (!written[i]) {
                    continue;
                }
                g.writeFieldName(names[i]);
                if (typed[i] != null) {
                    json.writeTree(g, typed[i]);
                } else {
                    g.writeRawUTF8String(body, starts[i], ends[i] - starts[i]);
                }
            }
            return end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the record and takes its bytes out of the buffer. */
    private byte[] end() throws IOException {
        g.writeEndObject();
        g.flush();
        byte[] bytes = out.toByteArray();
        out.reset();
        return bytes;
    }

    @Override
    public void close() {
        try {
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
