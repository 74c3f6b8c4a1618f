package org.govex.exchange.base;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A golden record as the one JSON document stored per key ({@code golden_record.doc_bytes}, UTF-8): the values,
 * the distinct sources, and for each field the index of its source —
 * {@code {"values":{"name":"王小明",…},"sources":[["101001-000001","hz-gaj",42,"2026-11-20T01:30:00Z",true],…],"from":{"name":0,…}}};
 * {@code from} is left out when all fields have one source.
 * Mutable while a merge works on it.
 */
final class GoldenDocument {

    private final Map<String, String> values = new TreeMap<>();
    private final Map<String, FieldProvenance> provenance = new TreeMap<>();

    String value(String field) {
        return values.get(field);
    }

    FieldProvenance provenance(String field) {
        return provenance.get(field);
    }

    void put(String field, String value, FieldProvenance from) {
        values.put(field, value);
        provenance.put(field, from);
    }

    GoldenRecord toRecord(ObjectMapper json, String baseDatabase, String key) {
        ObjectNode fields = json.createObjectNode();
        values.forEach(fields::put);
        return new GoldenRecord(baseDatabase, key, fields, new LinkedHashMap<>(provenance));
    }

    /** The document as UTF-8 JSON. */
    byte[] write(ObjectMapper json) {
        Map<FieldProvenance, Integer> index = new LinkedHashMap<>();
        provenance.values().forEach(p -> index.putIfAbsent(p, index.size()));
        ByteArrayBuilder out = new ByteArrayBuilder(64 + values.size() * 48);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("values");
            for (Map.Entry<String, String> v : values.entrySet()) {
                g.writeStringField(v.getKey(), v.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("sources");
            for (FieldProvenance p : index.keySet()) {
                g.writeStartArray();
                g.writeString(p.resource());
                g.writeString(p.department());
                g.writeNumber(p.sequence());
                g.writeString(p.recordedAt().toString());
                g.writeBoolean(p.authoritative());
                g.writeEndArray();
            }
            g.writeEndArray();
            if (index.size() > 1) {
                // with one source (the usual case) "from" is left out: every field is from source 0
                g.writeObjectFieldStart("from");
                for (Map.Entry<String, FieldProvenance> p : provenance.entrySet()) {
                    g.writeNumberField(p.getKey(), index.get(p.getValue()));
                }
                g.writeEndObject();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The document stored as UTF-8 bytes ({@code doc_bytes}). */
    static GoldenDocument read(ObjectMapper json, byte[] doc) {
        try (JsonParser p = json.getFactory().createParser(doc)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("golden record document is not JSON", e);
        }
    }

    /** The document stored as text ({@code doc}, rows the merge has not written since V2 of the base database). */
    static GoldenDocument read(ObjectMapper json, String doc) {
        try (JsonParser p = json.getFactory().createParser(doc)) {
            return read(p);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("golden record document is not JSON", e);
        }
    }

    /**
     * Reads {@code {"values":{…},"sources":[[…],…],"from":{…}}} as a stream: values and source
     * indexes first, sources after (members may come in any order), no tree.
     */
    private static GoldenDocument read(JsonParser p) throws IOException {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> from = new HashMap<>();
        List<FieldProvenance> sources = new ArrayList<>();
        expect(p.nextToken(), JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String member = p.currentName();
            JsonToken t = p.nextToken();
            switch (member) {
                case "values" -> {
                    expect(t, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        values.put(field, p.nextToken() == JsonToken.VALUE_NULL ? null : p.getValueAsString());
                    }
                }
                case "sources" -> {
                    expect(t, JsonToken.START_ARRAY);
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        p.nextToken();
                        String resource = p.getValueAsString();
                        p.nextToken();
                        String department = p.getValueAsString();
                        p.nextToken();
                        long sequence = p.getValueAsLong();
                        p.nextToken();
                        Instant recordedAt = Instant.parse(p.getValueAsString());
                        p.nextToken();
                        boolean authoritative = p.getValueAsBoolean();
                        expect(p.nextToken(), JsonToken.END_ARRAY);
                        sources.add(new FieldProvenance(resource, department, sequence, recordedAt, authoritative));
                    }
                }
                case "from" -> {
                    expect(t, JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String field = p.currentName();
                        p.nextToken();
                        from.put(field, p.getValueAsInt());
                    }
                }
                default -> p.skipChildren();
            }
        }
        GoldenDocument d = new GoldenDocument();
        values.forEach((field, value) -> d.put(field, value, sources.get(from.getOrDefault(field, 0))));
        return d;
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("golden record document: " + expected + " expected, got " + actual);
        }
    }
}
