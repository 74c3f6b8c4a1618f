package org.govex.schemas.codec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.record.RecordType;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams records out of JSON: an array of record objects, a single object, or NDJSON (one object
 * per line). Numbers are kept exact as BigDecimal; a GeoJSON object in {@code geometry} is kept as
 * its JSON text. Duplicate field names are refused.
 */
final class JsonRecordReader implements RecordStream {

    private final JsonParser p;
    private final JsonFactory factory;
    private final RecordType type;
    private final CodecLimits limits;
    private final boolean array;
    private JsonToken next;
    private int index;
    private boolean batch;

    JsonRecordReader(JsonFactory factory, JsonParser p, RecordType type, CodecLimits limits) {
        this.factory = factory;
        this.p = p;
        this.type = type;
        this.limits = limits;
        try {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                array = true;
                batch = true;
                next = p.nextToken();
            } else if (first == JsonToken.START_OBJECT || first == null) {
                array = false;
                next = first;
            } else {
                throw Limits.unreadable("json", "Expected a JSON array of " + type.id() + " records or one record object", null);
            }
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** True when the input was an array or more than one object. */
    @Override
    public boolean isBatch() {
        return batch;
    }

    @Override
    public boolean hasNext() {
        if (array && next == JsonToken.END_ARRAY) {
            try {
                if (p.nextToken() != null) {
                    throw Limits.unreadable("json", "Unexpected content after the closing ] at " + where(), null);
                }
            } catch (IOException e) {
                throw translate(e);
            }
            next = null;
            return false;
        }
        if (next == null) {
            return false;
        }
        if (next != JsonToken.START_OBJECT) {
            throw Limits.unreadable("json", "Record " + index + " is not a JSON object (at " + where() + ")", null);
        }
        return true;
    }

    @Override
    public RawRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (index >= limits.maxRecords()) {
            throw Limits.exceeded("maxRecords", limits.maxRecords(), "too many records in one batch");
        }
        try {
            Map<String, Object> fields = readObject(true);
            RawRecord r = new RawRecord(index++, fields);
            next = p.nextToken();
            if (!array && next != null) {
                batch = true;
            }
            return r;
        } catch (IOException e) {
            throw translate(e);
        }
    }

    private Map<String, Object> readObject(boolean top) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>(16);
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (m.size() >= limits.maxFields()) {
                throw Limits.exceeded("maxFields", limits.maxFields(), "too many fields in record " + index);
            }
            if (m.containsKey(name)) {
                throw Limits.unreadable("json", "Duplicate field '" + name + "' in record " + index + " at " + where(), null);
            }
            JsonToken v = p.nextToken();
            if (top && v == JsonToken.START_OBJECT && type == RecordType.PLACE && "geometry".equals(name)) {
                StringWriter w = new StringWriter();
                try (JsonGenerator g = factory.createGenerator(w)) {
                    g.copyCurrentStructure(p);
                }
                m.put(name, w.toString());
            } else {
                m.put(name, value(v));
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw Limits.unreadable("json", "Malformed object at " + where(), null);
        }
        return m;
    }

    private Object value(JsonToken v) throws IOException {
        return switch (v) {
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> p.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            case START_OBJECT -> readObject(false);
            case START_ARRAY -> {
                List<Object> l = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    l.add(value(t));
                }
                yield l;
            }
            default -> throw Limits.unreadable("json", "Unexpected " + v + " at " + where(), null);
        };
    }

    private String where() {
        var loc = p.currentLocation();
        return "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    private GovexException translate(IOException e) {
        GovexException g = Limits.find(e);
        if (g != null) {
            return g;
        }
        if (e instanceof StreamConstraintsException sce) {
            return Limits.fromJackson(sce, limits);
        }
        if (e instanceof JsonProcessingException jpe) {
            String loc = jpe.getLocation() == null ? "" : " (line " + jpe.getLocation().getLineNr() + ", column "
                    + jpe.getLocation().getColumnNr() + ")";
            return Limits.unreadable("json", "Malformed JSON: " + jpe.getOriginalMessage() + loc, e);
        }
        return Limits.unreadable("json", "The body could not be read: " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            p.close();
        } catch (IOException ignored) {
            // nothing to do
        }
    }
}
