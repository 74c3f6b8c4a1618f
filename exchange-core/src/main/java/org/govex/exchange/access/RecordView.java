package org.govex.exchange.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;

/** What a grant lets a consumer see of a record: the granted fields, sensitive ones masked. */
@ApplicationScoped
public class RecordView {

    private final ObjectMapper json;

    public RecordView(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode project(ResourceDefinition resource, AccessRequest grant, String payload) {
        try {
            return project(resource, grant, (ObjectNode) json.readTree(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal payload is not JSON", e);
        }
    }

    public ObjectNode project(ResourceDefinition resource, AccessRequest grant, ObjectNode record) {
        ObjectNode out = json.createObjectNode();
        for (String field : grant.grantedFields()) {
            JsonNode v = record.get(field);
            if (v == null) {
                continue;
            }
            DataItemDefinition item = resource.item(field).orElse(null);
            boolean masked = item != null && item.sensitive()
                    && (grant.unmaskedFields() == null || !grant.unmaskedFields().contains(field));
            if (masked && v.isValueNode()) {
                out.put(field, MaskRule.forItem(item).mask(v.asText()));
            } else {
                out.set(field, v);
            }
        }
        return out;
    }
}
