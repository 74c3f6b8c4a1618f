package org.govex.exchange.planning;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.catalog.planning.facts.AccessRequestFact;
import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.facts.OpenType;
import org.govex.catalog.planning.facts.ResourceFact;
import org.govex.catalog.planning.facts.ShareType;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.access.AccessRequest;
import org.govex.exchange.access.AccessService;
import org.govex.exchange.access.AccessStatus;
import org.govex.exchange.base.BaseStore;
import org.govex.exchange.base.Conflict;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.PrincipalKind;
import org.govex.exchange.security.Role;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The catalog's and the exchange's facts for planning, read from the hub's real services: pending
 * access requests with the exchange's working-day deadlines, and the conflicts the base-database
 * merge recorded; and the catalog's published entries with the figures the exchange reported into them.
 */
@ApplicationScoped
public class HubPlanningFacts implements PlanningFacts {

    /** The exchange's deadlines are dates in China; a request is overdue from the day after. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Planning reads the whole picture, as an admin would. */
    private static final GovexPrincipal PLANNING = new GovexPrincipal("planning", PrincipalKind.SYSTEM,
            "information-resource planning", null, Set.of(Role.ADMIN));
    /** The newest conflicts the base store returns at most. */
    static final int MAX_CONFLICTS = 1000;

    private final CatalogService catalog;
    private final AccessService access;
    private final BaseStore base;

    public HubPlanningFacts(CatalogService catalog, AccessService access, BaseStore base) {
        this.catalog = catalog;
        this.access = access;
        this.base = base;
    }

    @Override
    public List<ResourceFact> publishedResources() {
        List<ResourceFact> out = new ArrayList<>();
        for (InformationResource r : catalog.all()) {
            if (r.isPublished()) {
                out.add(fact(r));
            }
        }
        return out;
    }

    static ResourceFact fact(InformationResource r) {
        return new ResourceFact(r.code(), r.titleZh(), r.providerCode(),
                r.shareType() == null ? null : ShareType.valueOf(r.shareType().name()),
                r.openType() == null ? null : switch (r.openType()) {
                    case OPEN -> OpenType.OPEN;
                    case CONDITIONAL -> OpenType.CONDITIONAL;
                    case NOT_OPEN -> OpenType.NONE;
                },
                r.updateCycle() == null ? null : r.updateCycle().frequencyIri(),
                r.baseDatabase() == null || r.baseDatabase() == BaseDatabase.NONE ? null : r.baseDatabase().id(),
                r.modified(), r.lastRecordAt(), r.recordCount(), r.subscriberCount(),
                r.dataItems().stream().map(DataItem::elementId).filter(java.util.Objects::nonNull).toList());
    }

    @Override
    public List<AccessRequestFact> pendingAccessRequests() {
        List<AccessRequestFact> out = new ArrayList<>();
        for (AccessRequest a : access.list(PLANNING, AccessStatus.PENDING, false)) {
            out.add(new AccessRequestFact(a.id(), a.resource(), a.provider(), a.consumer(), a.requestedAt(),
                    a.deadline() == null ? null : a.deadline().plusDays(1).atStartOfDay(CHINA).toInstant()));
        }
        return out;
    }

    @Override
    public List<ConflictFact> conflicts() {
        List<ConflictFact> out = new ArrayList<>();
        for (Conflict c : base.conflicts(null, null, MAX_CONFLICTS)) {
            out.add(new ConflictFact(c.id(), c.baseDatabase(), c.key(), c.field(),
                    distinct(c.keptDepartment(), c.otherDepartment()), distinct(c.keptResource(), c.otherResource()),
                    c.detectedAt()));
        }
        return out;
    }

    /**
     * The catalog as of this read: how many published entries, the latest change, and a digest of
     * every published entry's code and version — equal digests mean the same catalog.
     */
    @Override
    public String catalogVersion() {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        int n = 0;
        java.time.Instant latest = null;
        for (InformationResource r : catalog.all().stream().sorted(java.util.Comparator.comparing(InformationResource::code)).toList()) {
            if (!r.isPublished()) {
                continue;
            }
            n++;
            sha.update((r.code() + "@" + r.version() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            if (r.modified() != null && (latest == null || r.modified().isAfter(latest))) {
                latest = r.modified();
            }
        }
        return n + " published, modified " + latest + ", sha256:" + java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    private static List<String> distinct(String a, String b) {
        Set<String> s = new LinkedHashSet<>();
        if (a != null) {
            s.add(a);
        }
        if (b != null) {
            s.add(b);
        }
        return List.copyOf(s);
    }
}
