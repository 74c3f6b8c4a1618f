package org.govex.catalog.planning.analysis;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Declared update cycles against observed updates, for every published resource. */
public record FreshnessReport(Instant at, Map<FreshnessReport.Status, Integer> summary, List<ResourceFreshness> resources) {

    public enum Status {
        /** Updated within its cycle. */
        FRESH,
        /** Its cycle ran out: {@code overdueBy} since {@code dueAt}. */
        OVERDUE,
        /** Scheduled, but no update was ever observed or declared. */
        NEVER_UPDATED,
        /** Irregular, unknown or no declared cycle: nothing to hold it to. */
        UNSCHEDULED
    }

    /**
     * {@code lastUpdateSource} is {@code observed} (the exchange's last record) or {@code declared}
     * (the catalog's modified date, when the exchange saw nothing). {@code overdueBy} is an ISO
     * duration, {@code overdueDays} the same in whole days.
     */
    public record ResourceFreshness(String code, String title, String providerCode, String updateCycle,
                                    Status status, Instant lastUpdate, String lastUpdateSource, Instant dueAt,
                                    String overdueBy, Long overdueDays) {
    }

    public List<String> codesWith(Status status) {
        return resources.stream().filter(r -> r.status() == status).map(ResourceFreshness::code).toList();
    }
}
