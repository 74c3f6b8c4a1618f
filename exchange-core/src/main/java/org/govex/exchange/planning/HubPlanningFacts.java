package org.govex.exchange.planning;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.catalog.planning.facts.AccessRequestFact;
import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.facts.ResourceFact;
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
 * merge recorded. The published resources come from the catalog (see {@link #publishedResources()}).
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

    private final AccessService access;
    private final BaseStore base;

    public HubPlanningFacts(AccessService access, BaseStore base) {
        this.access = access;
        this.base = base;
    }

    @Override
    public List<ResourceFact> publishedResources() {
        return List.of();
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

    @Override
    public String catalogVersion() {
        return "none";
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
