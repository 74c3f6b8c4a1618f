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
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A golden record as the one JSON document stored per key ({@code golden_record.doc_bytes}, UTF-8): the values,
 * the distinct sources, and for each field the index of its source —
 * {@code {"values":{"name":"王小明",…},"sources":[["101001-000001","hz-gaj",42,"2026-11-20T01:30:00Z",true],…],"from":{"name":0,…}}};
 * {@code from} is left out when all fields have one source.
 * Mutable while a merge works on it.
 */
final class GoldenDocument {

    /** By field name, hashed: a merge looks up every field of every record; sorted only when written. */
    private final Map<String, Field> fields = new HashMap<>();

    private record Field(String value, FieldProvenance from) {
    }

    String value(String field) {
        Field f = fields.get(field);
        return f == null ? null : f.value();
    }

    FieldProvenance provenance(String field) {
        Field f = fields.get(field);
        return f == null ? null : f.from();
    }

    void put(String field, String value, FieldProvenance from) {
        fields.put(field, new Field(value, from));
    }

    /** The field names in order (the stored document and golden records list them sorted). */
    private String[] names() {
        String[] names = fields.keySet().toArray(new String[0]);
        Arrays.sort(names);
        return names;
    }

    GoldenRecord toRecord(ObjectMapper json, String baseDatabase, String key) {
        ObjectNode values = json.createObjectNode();
        Map<String, FieldProvenance> provenance = new LinkedHashMap<>();
        for (String name : names()) {
            Field f = fields.get(name);
            values.put(name, f.value());
            provenance.put(name, f.from());
        }
        return new GoldenRecord(baseDatabase, key, values, provenance);
    }

    /** The document as UTF-8 JSON. */
    byte[] write(ObjectMapper json) {
        String[] names = names();
        Map<FieldProvenance, Integer> index = new LinkedHashMap<>();
        for (String name : names) {
            index.putIfAbsent(fields.get(name).from(), index.size());
        }
        ByteArrayBuilder out = new ByteArrayBuilder(64 + names.length * 48);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("values");
            for (String name : names) {
                g.writeStringField(name, fields.get(name).value());
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
                for (String name : names) {
                    g.writeNumberField(name, index.get(fields.get(name).from()));
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
