package org.govex.exchange.access;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a grant lets a consumer see of a record: the granted fields, sensitive ones masked. */
@ApplicationScoped
public class RecordView {

    /**
     * The projection of a grant worked out once (fields in the grant's order, each with its mask
     * rule or none), then applied to every record read under it.
     */
    public Projection compile(ResourceDefinition resource, AccessRequest grant) {
        List<String> fields = grant.grantedFields();
        String[] names = new String[fields.size()];
        MaskRule[] rules = new MaskRule[fields.size()];
        for (int i = 0; i < names.length; i++) {
            String field = fields.get(i);
            DataItemDefinition item = resource.item(field).orElse(null);
            boolean masked = item != null && item.sensitive()
                    && (grant.unmaskedFields() == null || !grant.unmaskedFields().contains(field));
            names[i] = field.intern(); // the parser's field names are interned: found by identity
            rules[i] = masked ? MaskRule.forItem(item) : null;
        }
        return new Projection(names, rules);
    }

    /** A compiled projection: the granted fields of a record, sensitive values masked. */
    public static final class Projection {
        /** Reads journal records: canonical JSON the hub wrote itself. */
        private static final JsonFactory RECORDS = new JsonFactory();
        /** The granted fields' names, in the grant's order, ready to write. */
        private final SerializedString[] written;
        private final MaskRule[] rules;
        /** Position of each granted field in {@link #written}. */
        private final Map<String, Integer> positions = new HashMap<>();

        private Projection(String[] names, MaskRule[] rules) {
            this.rules = rules;
            this.written = new SerializedString[names.length];
            for (int i = 0; i < names.length; i++) {
                written[i] = new SerializedString(names[i]);
                positions.put(names[i], i);
            }
        }

        /**
         * Writes the projected record as one JSON object, read from the record's journal JSON as
         * a stream (one pass over contiguous text, no tree of the record or of the projection):
         * granted fields in the grant's order, sensitive values masked (a null stays null), every
         * other value copied as its journaled text (the hub's own canonical JSON), not decoded
         * and encoded again.
         */
        public void write(String payload, JsonGenerator g) throws IOException {
            int n = written.length;
            int[] starts = new int[n];
            int[] ends = new int[n];
            JsonToken[] kinds = new JsonToken[n];
            String[] masked = new String[n];
            try (JsonParser p = RECORDS.createParser(payload)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("a journal record is a JSON object");
                }
                int open = -1; // a granted value whose text ends where the next token starts
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    if (open >= 0) {
                        ends[open] = valueEnd(payload, p.currentTokenLocation().getCharOffset());
                        open = -1;
                    }
                    Integer i = positions.get(p.currentName());
                    JsonToken v = p.nextToken();
                    if (i == null) {
                        p.skipChildren();
                        continue;
                    }
                    kinds[i] = v;
                    starts[i] = (int) p.currentTokenLocation().getCharOffset();
                    if (v.isStructStart()) {
                        // an object or array (an amount with its currency) goes out as its text
                        p.skipChildren();
                        ends[i] = (int) p.currentLocation().getCharOffset();
                    } else if (rules[i] != null && v != JsonToken.VALUE_NULL) {
                        masked[i] = p.getText();
                    } else {
                        open = i;
                    }
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new IOException("a journal record is a JSON object");
                }
                if (open >= 0) {
                    ends[open] = valueEnd(payload, p.currentTokenLocation().getCharOffset());
                }
            }
            g.writeStartObject();
            for (int i = 0; i < n; i++) {
                JsonToken kind = kinds[i];
                if (kind == null) {
                    continue;
                }
                g.writeFieldName(written[i]);
                if (kind == JsonToken.VALUE_NULL) {
                    g.writeNull();
                } else if (masked[i] != null) {
                    g.writeString(rules[i].mask(masked[i]));
                } else {
                    g.writeRawValue(payload, starts[i], ends[i] - starts[i]);
                }
            }
            g.writeEndObject();
        }

        /** Where a value ends: before the separator and any white space in front of the next token. */
        private static int valueEnd(String payload, long nextToken) {
            int end = (int) nextToken;
            while (end > 0) {
                char c = payload.charAt(end - 1);
                if (c != ',' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    break;
                }
                end--;
            }
            return end;
        }
    }
}
