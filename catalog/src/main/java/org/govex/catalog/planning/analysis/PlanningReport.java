package org.govex.catalog.planning.analysis;

import java.time.Instant;

/** Everything at once, stamped with when and from which catalog version and model revision it was computed. */
public record PlanningReport(Instant generatedAt, String catalogVersion, long modelRevision, Instant modelModified,
                             ModelSummary model, CoverageReport coverage, FreshnessReport freshness,
                             SharingReport sharing, SubjectAreas subjectAreas) {
}
