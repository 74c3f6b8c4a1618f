package org.govex.catalog.planning;

import org.govex.catalog.planning.analysis.FreshnessAnalysis;
import org.govex.catalog.planning.analysis.FreshnessReport;
import org.govex.catalog.planning.analysis.SharingAnalysis;
import org.govex.catalog.planning.analysis.SharingReport;
import org.govex.catalog.planning.analysis.UpdateCycle;
import org.govex.catalog.planning.facts.AccessRequestFact;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FreshnessAndSharingTest {

    @Test
    void overdueByHowMuchAgainstTheDeclaredCycle() {
        FreshnessReport r = FreshnessAnalysis.analyse(Fixtures.published(), Fixtures.NOW);
        // 每月 since 2026-09-01 00:00Z: due 2026-10-01 00:00Z (calendar month in Asia/Shanghai), 50 days and 2 hours late
        FreshnessReport.ResourceFreshness wj = r.resources().get(0);
        assertThat(wj.code()).isEqualTo("R-WJ-001");
        assertThat(wj.status()).isEqualTo(FreshnessReport.Status.OVERDUE);
        assertThat(wj.updateCycle()).isEqualTo("MONTHLY");
        assertThat(wj.dueAt()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(wj.overdueDays()).isEqualTo(50L);
        assertThat(wj.overdueBy()).isEqualTo("PT1202H");
        // daily, last record 11-19 20:00Z: due 11-20 20:00Z; annual since 01-10: due 2027-01-10
        assertThat(r.codesWith(FreshnessReport.Status.FRESH)).containsExactly("R-GA-001", "R-MZ-002");
        assertThat(r.codesWith(FreshnessReport.Status.UNSCHEDULED)).containsExactly("R-GH-009");
        assertThat(r.codesWith(FreshnessReport.Status.NEVER_UPDATED)).containsExactly("R-TJ-003");
    }

    @Test
    void updateCyclesReadEuCodesUrisAndChineseNames() {
        assertThat(UpdateCycle.parse("http://publications.europa.eu/resource/authority/frequency/QUARTERLY").orElseThrow().code())
                .isEqualTo("QUARTERLY");
        assertThat(UpdateCycle.parse("每季度").orElseThrow().code()).isEqualTo("QUARTERLY");
        assertThat(UpdateCycle.parse("实时").orElseThrow().scheduled()).isTrue();
        assertThat(UpdateCycle.parse("不定期").orElseThrow().scheduled()).isFalse();
        assertThat(UpdateCycle.parse(" ")).isEmpty();
    }

    @Test
    void sharingRatesByDepartmentAndBaseDatabaseAndOverdueRequests() {
        List<AccessRequestFact> pending = List.of(
                new AccessRequestFact("AR-1", "R-GA-001", "hz-gaj", "hz-fgj", Instant.parse("2026-11-01T00:00:00Z"), null),
                new AccessRequestFact("AR-2", "R-WJ-001", "hz-wjw", "hz-rsj", Instant.parse("2026-11-15T00:00:00Z"), null),
                new AccessRequestFact("AR-3", "R-MZ-002", "hz-mzj", "hz-swj", Instant.parse("2026-11-15T00:00:00Z"),
                        Instant.parse("2026-11-19T00:00:00Z")));
        SharingReport r = SharingAnalysis.analyse(Fixtures.published(), pending, Fixtures.NOW, Duration.ofDays(10));
        assertThat(r.overall().resources()).isEqualTo(5);
        assertThat(r.overall().shareRate()).isEqualTo(0.8);
        assertThat(r.overall().unconditionalRate()).isEqualTo(0.4);
        assertThat(r.overall().openRate()).isEqualTo(0.6);
        assertThat(r.department("hz-wjw").notShared()).isEqualTo(1);
        assertThat(r.department("hz-wjw").shareRate()).isEqualTo(0.0);
        assertThat(r.byBaseDatabase()).extracting(SharingReport.Rates::key)
                .containsExactly("departmental", "geospatial", "macro-economy", "population");
        assertThat(r.byBaseDatabase().get(1).resources()).isEqualTo(2);
        assertThat(r.pendingAccessRequests()).isEqualTo(3);
        // AR-1 due 11-11 (9 days 2 hours late), AR-3 due 11-19 by its own date; AR-2 due 11-25, not yet
        assertThat(r.overdueAccessRequests()).extracting(SharingReport.OverdueRequest::id).containsExactly("AR-1", "AR-3");
        assertThat(r.overdueAccessRequests().get(0).overdueDays()).isEqualTo(9L);
    }
}
