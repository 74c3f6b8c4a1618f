package org.govex.exchange.access;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;

import java.io.IOException;
import java.util.List;

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
            names[i] = field;
            rules[i] = masked ? MaskRule.forItem(item) : null;
        }
        return new Projection(names, rules);
    }

    /** A compiled projection: the granted fields of a record, sensitive values masked. */
    public static final class Projection {
        private final String[] names;
        private final SerializedString[] written;
        private final MaskRule[] rules;

        private Projection(String[] names, MaskRule[] rules) {
            this.names = names;
            this.rules = rules;
            this.written = new SerializedString[names.length];
            for (int i = 0; i < names.length; i++) {
                written[i] = new SerializedString(names[i]);
            }
        }

        /**
         * Writes the projected record as one JSON object straight from the record (no tree of
         * the projection): granted fields in the grant's order, sensitive values masked.
         */
        public void write(ObjectNode record, JsonGenerator g) throws IOException {
            g.writeStartObject();
            for (int i = 0; i < names.length; i++) {
                JsonNode v = record.get(names[i]);
                if (v == null) {
                    continue;
                }
                g.writeFieldName(written[i]);
                if (rules[i] != null && v.isValueNode()) {
                    g.writeString(rules[i].mask(v.asText()));
                } else if (v.isTextual()) {
                    g.writeString(v.textValue());
                } else {
                    g.writeTree(v);
                }
            }
            g.writeEndObject();
        }
    }
}
