package org.govex.catalog.planning.analysis;

import org.govex.catalog.planning.facts.ResourceFact;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * For every published resource: the declared update cycle, the last update (observed by the
 * exchange, else the catalog's modified date), when the next one was due and how long overdue.
 * Sorted most overdue first, then by code.
 */
public final class FreshnessAnalysis {

    private FreshnessAnalysis() {
    }

    public static FreshnessReport analyse(List<ResourceFact> published, Instant now) {
        List<FreshnessReport.ResourceFreshness> rows = new ArrayList<>();
        for (ResourceFact r : published) {
            UpdateCycle cycle = UpdateCycle.parse(r.updateCycle()).orElse(null);
            Instant last = r.lastRecordAt() != null ? r.lastRecordAt() : r.modified();
            String source = r.lastRecordAt() != null ? "observed" : r.modified() != null ? "declared" : null;
            FreshnessReport.Status status;
            Instant due = null;
            String overdueBy = null;
            Long overdueDays = null;
            if (cycle == null || !cycle.scheduled()) {
                status = FreshnessReport.Status.UNSCHEDULED;
            } else if (last == null) {
                status = FreshnessReport.Status.NEVER_UPDATED;
            } else {
                due = cycle.dueAfter(last);
                if (now.isAfter(due)) {
                    status = FreshnessReport.Status.OVERDUE;
                    Duration late = Duration.between(due, now);
                    overdueBy = late.toString();
                    overdueDays = late.toDays();
                } else {
                    status = FreshnessReport.Status.FRESH;
                }
            }
            rows.add(new FreshnessReport.ResourceFreshness(r.code(), r.title(), r.providerCode(),
                    cycle == null ? null : cycle.code(), status, last, source, due, overdueBy, overdueDays));
        }
        rows.sort(Comparator.comparing((FreshnessReport.ResourceFreshness f) -> f.dueAt() == null || f.status() != FreshnessReport.Status.OVERDUE)
                .thenComparing(f -> f.dueAt() == null ? Instant.MAX : f.dueAt())
                .thenComparing(FreshnessReport.ResourceFreshness::code));
        Map<FreshnessReport.Status, Integer> summary = new EnumMap<>(FreshnessReport.Status.class);
        for (FreshnessReport.Status s : FreshnessReport.Status.values()) {
            summary.put(s, (int) rows.stream().filter(x -> x.status() == s).count());
        }
        return new FreshnessReport(now, summary, rows);
    }
}
