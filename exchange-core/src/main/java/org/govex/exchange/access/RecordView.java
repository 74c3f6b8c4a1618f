package org.govex.exchange.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;

import java.util.List;

/** What a grant lets a consumer see of a record: the granted fields, sensitive ones masked. */
@ApplicationScoped
public class RecordView {

    private final ObjectMapper json;

    public RecordView(ObjectMapper json) {
        this.json = json;
    }

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
        return new Projection(json, names, rules);
    }

    /** A compiled projection: the granted fields of a record, sensitive values masked. */
    public static final class Projection {
        private final ObjectMapper json;
        private final String[] names;
        private final MaskRule[] rules;

        private Projection(ObjectMapper json, String[] names, MaskRule[] rules) {
            this.json = json;
            this.names = names;
            this.rules = rules;
        }

        public ObjectNode apply(ObjectNode record) {
            ObjectNode out = json.createObjectNode();
            for (int i = 0; i < names.length; i++) {
                JsonNode v = record.get(names[i]);
                if (v == null) {
                    continue;
                }
                if (rules[i] != null && v.isValueNode()) {
                    out.put(names[i], rules[i].mask(v.asText()));
                } else {
                    out.set(names[i], v);
                }
            }
            return out;
        }
    }
}
