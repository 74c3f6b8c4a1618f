package org.govex.catalog.planning.analysis;

import java.time.Instant;
import java.util.List;

/** Share-type and open-type rates by department and by base database, and overdue access requests. */
public record SharingReport(Instant at, Rates overall, List<Rates> byDepartment, List<Rates> byBaseDatabase,
                            int pendingAccessRequests, List<OverdueRequest> overdueAccessRequests) {

    /**
     * Counts and rates (0..1, four decimals) of one group: {@code shareRate} is the share of
     * resources shared at all (unconditional + conditional), {@code openRate} the share open to the
     * public at all (open + conditionally open).
     */
    public record Rates(String dimension, String key, int resources, int unconditional, int conditional, int notShared,
                        double shareRate, double unconditionalRate, int open, int conditionallyOpen, int notOpen,
                        double openRate) {
    }

    public record OverdueRequest(String id, String resourceCode, String providerCode, String requesterCode,
                                 Instant requestedAt, Instant dueAt, String overdueBy, long overdueDays) {
    }

    public Rates department(String code) {
        return byDepartment.stream().filter(r -> r.key().equals(code)).findFirst().orElse(null);
    }
}
