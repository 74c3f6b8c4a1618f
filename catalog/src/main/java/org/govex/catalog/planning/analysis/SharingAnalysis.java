package org.govex.catalog.planning.analysis;

import org.govex.catalog.planning.facts.AccessRequestFact;
import org.govex.catalog.planning.facts.OpenType;
import org.govex.catalog.planning.facts.ResourceFact;
import org.govex.catalog.planning.facts.ShareType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sharing rates of the published resources by provider department and by base database
 * ({@code departmental} for resources outside the four), and the access requests whose decision is
 * overdue: still pending after their due date, or after {@code decisionDeadline} when they carry none.
 */
public final class SharingAnalysis {

    public static final String DEPARTMENTAL = "departmental";

    private SharingAnalysis() {
    }

    public static SharingReport analyse(List<ResourceFact> published, List<AccessRequestFact> pending,
                                        Instant now, Duration decisionDeadline) {
        SharingReport.Rates overall = rates("overall", "all", published);
        List<SharingReport.Rates> byDept = grouped("department", published, ResourceFact::providerCode);
        List<SharingReport.Rates> byBase = grouped("baseDatabase", published,
                r -> r.baseDatabase() == null || r.baseDatabase().isBlank() ? DEPARTMENTAL : r.baseDatabase());
        List<SharingReport.OverdueRequest> overdue = new ArrayList<>();
        for (AccessRequestFact a : pending) {
            Instant due = a.dueAt() != null ? a.dueAt() : a.requestedAt().plus(decisionDeadline);
            if (now.isAfter(due)) {
                Duration late = Duration.between(due, now);
                overdue.add(new SharingReport.OverdueRequest(a.id(), a.resourceCode(), a.providerCode(), a.requesterCode(),
                        a.requestedAt(), due, late.toString(), late.toDays()));
            }
        }
        overdue.sort(Comparator.comparing(SharingReport.OverdueRequest::dueAt).thenComparing(SharingReport.OverdueRequest::id));
        return new SharingReport(now, overall, byDept, byBase, pending.size(), overdue);
    }

    private static List<SharingReport.Rates> grouped(String dimension, List<ResourceFact> resources,
                                                     Function<ResourceFact, String> key) {
        Map<String, List<ResourceFact>> groups = new TreeMap<>();
        resources.forEach(r -> groups.computeIfAbsent(String.valueOf(key.apply(r)), k -> new ArrayList<>()).add(r));
        List<SharingReport.Rates> out = new ArrayList<>();
        groups.forEach((k, rs) -> out.add(rates(dimension, k, rs)));
        return out;
    }

    static SharingReport.Rates rates(String dimension, String key, List<ResourceFact> rs) {
        int n = rs.size();
        int un = count(rs, r -> r.shareType() == ShareType.UNCONDITIONAL);
        int cond = count(rs, r -> r.shareType() == ShareType.CONDITIONAL);
        int none = n - un - cond;
        int open = count(rs, r -> r.openType() == OpenType.OPEN);
        int condOpen = count(rs, r -> r.openType() == OpenType.CONDITIONAL);
        return new SharingReport.Rates(dimension, key, n, un, cond, none, ratio(un + cond, n), ratio(un, n),
                open, condOpen, n - open - condOpen, ratio(open + condOpen, n));
    }

    private static int count(List<ResourceFact> rs, java.util.function.Predicate<ResourceFact> p) {
        return (int) rs.stream().filter(p).count();
    }

    private static double ratio(int a, int n) {
        return n == 0 ? 0.0 : Math.round(10_000.0 * a / n) / 10_000.0;
    }
}
