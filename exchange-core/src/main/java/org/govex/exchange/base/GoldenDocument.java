package org.govex.exchange.base;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A golden record as the one JSON document stored per key ({@code golden_record.doc}): the values,
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

    String write(ObjectMapper json) {
        Map<FieldProvenance, Integer> index = new LinkedHashMap<>();
        provenance.values().forEach(p -> index.putIfAbsent(p, index.size()));
        StringWriter out = new StringWriter(64 + values.size() * 48);
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
        return out.toString();
    }

    static GoldenDocument read(ObjectMapper json, String doc) {
        JsonNode root;
        try {
            root = json.readTree(doc);
        } catch (IOException e) {
            throw new IllegalStateException("golden record document is not JSON", e);
        }
        List<FieldProvenance> sources = new ArrayList<>();
        for (JsonNode s : root.path("sources")) {
            sources.add(new FieldProvenance(s.get(0).asText(), s.get(1).asText(), s.get(2).asLong(),
                    Instant.parse(s.get(3).asText()), s.get(4).asBoolean()));
        }
        GoldenDocument d = new GoldenDocument();
        Iterator<Map.Entry<String, JsonNode>> values = root.path("values").fields();
        JsonNode from = root.path("from");
        while (values.hasNext()) {
            Map.Entry<String, JsonNode> v = values.next();
            d.put(v.getKey(), v.getValue().isNull() ? null : v.getValue().asText(), sources.get(from.path(v.getKey()).asInt(0)));
        }
        return d;
    }
}
