package org.govex.catalog.planning.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.catalog.planning.model.ModelBuilder;
import org.govex.catalog.planning.model.Origin;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.schemas.error.GovexException;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The model as one JSON document: {@code departments, domains, processes, activities,
 * dataClasses, relations, mappings}, each an array of flat objects (see docs/planning.md).
 */
public final class ModelJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ModelJson() {
    }

    public static ModelBuilder read(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            throw GovexException.unreadable("The planning model is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw GovexException.unreadable("The planning model could not be read", e);
        }
        ModelBuilder b = new ModelBuilder();
        if (root == null || !root.isObject()) {
            return b.error("/", "planning.json", "the planning model must be a JSON object");
        }
        each(b, root, "departments", (o, n) -> b.department(o, s(n, "code"), s(n, "name")));
        each(b, root, "domains", (o, n) -> b.domain(o, s(n, "code"), s(n, "name"), s(n, "department")));
        each(b, root, "processes", (o, n) -> b.process(o, s(n, "code"), s(n, "name"), s(n, "domain")));
        each(b, root, "activities", (o, n) -> b.activity(o, s(n, "code"), s(n, "name"), s(n, "process")));
        each(b, root, "dataClasses", (o, n) -> b.dataClass(o, s(n, "code"), s(n, "name"), s(n, "baseDatabase")));
        each(b, root, "relations", (o, n) -> b.relation(o, s(n, "process"), s(n, "dataClass"), s(n, "usage")));
        each(b, root, "mappings", (o, n) -> {
            JsonNode els = n.get("dataElements");
            String joined = null;
            if (els != null && els.isArray()) {
                StringBuilder sb = new StringBuilder();
                els.forEach(e -> sb.append(e.asText()).append(','));
                joined = sb.toString();
            } else if (els != null && els.isTextual()) {
                joined = els.asText();
            }
            b.mapping(o, s(n, "dataClass"), s(n, "resource"), joined);
        });
        return b;
    }

    private static void each(ModelBuilder b, JsonNode root, String field, java.util.function.BiConsumer<Origin, JsonNode> row) {
        JsonNode arr = root.get(field);
        if (arr == null || arr.isNull()) {
            return;
        }
        if (!arr.isArray()) {
            b.error("/" + field, "planning.json", "'" + field + "' must be an array");
            return;
        }
        for (int i = 0; i < arr.size(); i++) {
            JsonNode n = arr.get(i);
            Origin o = new Origin.Json("/" + field + "/" + i);
            if (!n.isObject()) {
                b.error("/" + field + "/" + i, "planning.json", "each element of '" + field + "' must be an object");
            } else {
                row.accept(o, n);
            }
        }
    }

    private static String s(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    public static ObjectNode write(PlanningModel m) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode a = root.putArray("departments");
        m.departments().forEach(d -> a.add(obj(Map.of("code", d.code(), "name", d.name()))));
        ArrayNode b = root.putArray("domains");
        m.domains().forEach(d -> b.add(obj(Map.of("code", d.code(), "name", d.name(), "department", d.departmentCode()))));
        ArrayNode c = root.putArray("processes");
        m.processes().forEach(p -> c.add(obj(Map.of("code", p.code(), "name", p.name(), "domain", p.domainCode()))));
        ArrayNode d = root.putArray("activities");
        m.activities().forEach(x -> d.add(obj(Map.of("code", x.code(), "name", x.name(), "process", x.processCode()))));
        ArrayNode e = root.putArray("dataClasses");
        m.dataClasses().forEach(x -> {
            ObjectNode o = MAPPER.createObjectNode().put("code", x.code()).put("name", x.name());
            o.put("baseDatabase", x.baseDatabase() == null ? null : x.baseDatabase().id());
            e.add(o);
        });
        ArrayNode f = root.putArray("relations");
        m.relations().forEach(r -> f.add(MAPPER.createObjectNode().put("process", r.processCode())
                .put("dataClass", r.dataClassCode()).put("usage", r.usage().name())));
        ArrayNode g = root.putArray("mappings");
        m.mappings().forEach(x -> {
            ObjectNode o = MAPPER.createObjectNode().put("dataClass", x.dataClassCode()).put("resource", x.resourceCode());
            ArrayNode els = o.putArray("dataElements");
            x.dataElements().forEach(els::add);
            g.add(o);
        });
        return root;
    }

    private static ObjectNode obj(Map<String, String> fields) {
        ObjectNode o = MAPPER.createObjectNode();
        // fixed key order for stable output
        for (String k : new String[]{"code", "name", "department", "domain", "process"}) {
            if (fields.containsKey(k)) {
                o.put(k, fields.get(k));
            }
        }
        return o;
    }
}
