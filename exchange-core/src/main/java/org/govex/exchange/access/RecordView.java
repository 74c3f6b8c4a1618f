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
            names[i] = field.intern(); // the parser interns field names: the lookup's identity check matches at once
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
         * Writes the projected record as one JSON object, read from the record's journal JSON
         * (UTF-8) as a stream (one pass over contiguous text, no tree of the record or of the projection):
         * granted fields in the grant's order, sensitive values masked (a null stays null), every
         * other value exactly as journaled.
         */
        public void write(byte[] payload, JsonGenerator g) throws IOException {
            String[] values = new String[written.length];
            JsonToken[] kinds = new JsonToken[written.length];
            try (JsonParser p = RECORDS.createParser(payload)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IOException("a journal record is a JSON object");
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    Integer at = positions.get(p.currentName());
                    JsonToken v = p.nextToken();
                    if (v.isStructStart()) {
                        int start = (int) p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        if (at != null) {
                            // an object or array (an amount with its currency) goes out as its text
                            int end = (int) p.currentLocation().getByteOffset();
                            values[at] = new String(payload, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
                            kinds[at] = v;
                        }
                    } else if (at != null) {
                        values[at] = p.getText();
                        kinds[at] = v;
                    }
                }
            }
            g.writeStartObject();
            for (int i = 0; i < written.length; i++) {
                JsonToken kind = kinds[i];
                if (kind == null) {
                    continue;
                }
                g.writeFieldName(written[i]);
                if (kind == JsonToken.VALUE_NULL) {
                    g.writeNull();
                } else if (kind.isStructStart()) {
                    g.writeRawValue(values[i]);
                } else if (rules[i] != null) {
                    g.writeString(rules[i].mask(values[i]));
                } else {
                    switch (kind) {
                        case VALUE_STRING -> g.writeString(values[i]);
                        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(values[i]);
                        default -> g.writeBoolean(kind == JsonToken.VALUE_TRUE);
                    }
                }
            }
            g.writeEndObject();
        }
    }
}
