package org.govex.exchange.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.AccessService;
import org.govex.exchange.access.MaskRule;
import org.govex.exchange.audit.AuditTrail;
import org.govex.schemas.record.BaseDatabase;
import org.govex.schemas.record.RecordType;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.resource.ResourceDirectory;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.schemas.error.GovexException;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Once-only queries (一次采集, 多方复用): a consumer sees a golden record through its grants on
 * resources of that base database — the union of their granted fields, sensitive fields masked
 * unless a grant unmasks them. Every query is audited, found or not.
 */
@ApplicationScoped
public class BaseQueryService {

    private final BaseStore store;
    private final AccessService access;
    private final ResourceDirectory directory;
    private final AuditTrail audit;

    public BaseQueryService(BaseStore store, AccessService access, ResourceDirectory directory, AuditTrail audit) {
        this.store = store;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    /** What a consumer may see of one base database. */
    record Visibility(Set<String> fields, Set<String> unmasked, Map<String, DataItemDefinition> items) {
    }

    private static String recordTypeOf(BaseDatabase db) {
        return java.util.Arrays.stream(RecordType.values()).filter(t -> t.baseDatabase() == db).findFirst()
                .map(RecordType::id).orElse(db.id());
    }

    public GoldenRecord one(GovexPrincipal p, BaseDatabase db, String key) {
        Visibility v = visibility(p, db);
        Optional<GoldenRecord> g = store.find(db, key);
        auditQuery(p, db, key, g.isPresent() ? 1 : 0, v);
        return g.map(r -> project(r, v)).orElseThrow(() -> GovexException.notFound("No " + recordTypeOf(db) + " with key " + key
                + " in the " + db.id() + " base database"));
    }

    public List<GoldenRecord> indicators(GovexPrincipal p, String code, String region, String from, String to) {
        BaseDatabase db = BaseDatabase.MACRO_ECONOMY;
        Visibility v = visibility(p, db);
        List<GoldenRecord> found = store.withKeyPrefix(db, code + "/").stream()
                .filter(g -> region == null || region.isBlank() || text(g.fields().get("divisionCode")).equals(region))
                .filter(g -> from == null || from.isBlank() || text(g.fields().get("period")).compareTo(from) >= 0)
                .filter(g -> to == null || to.isBlank() || text(g.fields().get("period")).compareTo(to) <= 0)
                .map(g -> project(g, v)).toList();
        auditQuery(p, db, code + (region == null ? "" : "/" + region), found.size(), v);
        return found;
    }

    private Visibility visibility(GovexPrincipal p, BaseDatabase db) {
        Set<String> fields = new HashSet<>();
        Set<String> unmasked = new HashSet<>();
        Map<String, DataItemDefinition> items = new HashMap<>();
        for (AccessRequest grant : access.grantsOf(p.id())) {
            Optional<ResourceDefinition> r = directory.find(grant.resource());
            if (r.isEmpty() || r.get().baseDatabase().orElse(null) != db) {
                continue;
            }
            fields.addAll(grant.grantedFields());
            if (grant.unmaskedFields() != null) {
                unmasked.addAll(grant.unmaskedFields());
            }
            r.get().dataItems().forEach(i -> items.merge(i.name(), i, (a, b) -> a.sensitive() ? a : b));
        }
        if (fields.isEmpty()) {
            audit.record(p.id(), "base.query.denied", db.id(), Map.of("reason", "no grant on a resource of this base database"));
            throw GovexException.forbidden("'" + p.id() + "' holds no grant on any resource of the " + db.id()
                    + " base database; request access to one");
        }
        return new Visibility(fields, unmasked, items);
    }

    private static GoldenRecord project(GoldenRecord g, Visibility v) {
        ObjectNode fields = g.fields().objectNode();
        Map<String, FieldProvenance> prov = new LinkedHashMap<>();
        g.fields().fields().forEachRemaining(e -> {
            String name = e.getKey();
            if (!v.fields().contains(name)) {
                return;
            }
            DataItemDefinition item = v.items().get(name);
            if (item != null && item.sensitive() && !v.unmasked().contains(name)) {
                fields.put(name, MaskRule.forItem(item).mask(e.getValue().asText()));
            } else {
                fields.set(name, e.getValue());
            }
            prov.put(name, g.provenance().get(name));
        });
        return new GoldenRecord(g.baseDatabase(), g.key(), fields, prov);
    }

    private void auditQuery(GovexPrincipal p, BaseDatabase db, String key, int found, Visibility v) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("key", key);
        detail.put("found", found);
        detail.put("fields", v.fields().stream().sorted().toList());
        audit.record(p.id(), "base.query", db.id(), detail);
    }

    private static String text(JsonNode n) {
        return n == null ? "" : n.asText();
    }
}
