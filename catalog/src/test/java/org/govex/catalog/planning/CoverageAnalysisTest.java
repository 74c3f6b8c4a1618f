package org.govex.catalog.planning;

import org.govex.catalog.planning.analysis.CoverageAnalysis;
import org.govex.catalog.planning.analysis.CoverageReport;
import org.govex.catalog.planning.analysis.CoverageStatus;
import org.govex.catalog.planning.analysis.UcMatrix;
import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.ResourceFact;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageAnalysisTest {

    private final CoverageReport report = CoverageAnalysis.analyse(new UcMatrix(Fixtures.model()), Fixtures.published(),
            Fixtures.conflicts());

    @Test
    void duplicateSourceListsBothCreatorsAndTheExchangeConflictAsEvidence() {
        CoverageReport.DataClassCoverage c = report.dataClass("DC-RK-JBXX");
        assertThat(c.status()).isEqualTo(CoverageStatus.DUPLICATE_SOURCE);
        assertThat(c.creatorDepartments()).containsExactly("hz-gaj", "hz-rsj");
        assertThat(c.creatorProcesses()).containsExactlyInAnyOrder("P-GA-HJ-01", "P-RS-SB-01");
        assertThat(c.userDepartments()).containsExactly("hz-mzj");
        assertThat(c.conflicts()).extracting(ConflictFact::id).containsExactly("C-1");
        assertThat(c.resources()).extracting(CoverageReport.ProvidingResource::code).containsExactly("R-GA-001");
    }

    @Test
    void gapWhenUsedButNoPublishedResourceProvidesIt() {
        assertThat(report.dataClass("DC-RK-HYXX").status()).isEqualTo(CoverageStatus.GAP);
        assertThat(report.dataClass("DC-JY-XJXX").findings()).containsExactly("GAP", "NO_CREATOR");
    }

    @Test
    void notSharedWhenOnlyANoneSharedResourceProvidesWhatAnotherDepartmentUses() {
        CoverageReport.DataClassCoverage c = report.dataClass("DC-WJ-JZJL");
        assertThat(c.status()).isEqualTo(CoverageStatus.NOT_SHARED);
        assertThat(c.userDepartments()).containsExactly("hz-rsj");
    }

    @Test
    void notSharedDoesNotApplyWhenOnlyTheProviderUsesIt() {
        List<ResourceFact> published = new ArrayList<>(Fixtures.published());
        var model = Fixtures.model();
        var noForeignUse = new org.govex.catalog.planning.model.PlanningModel(model.departments(), model.domains(),
                model.processes(), model.activities(), model.dataClasses(),
                model.relations().stream().filter(r -> !r.processCode().equals("P-RS-SB-03")).toList(), model.mappings());
        CoverageReport r = CoverageAnalysis.analyse(new UcMatrix(noForeignUse), published, List.of());
        assertThat(r.dataClass("DC-WJ-JZJL").status()).isEqualTo(CoverageStatus.COVERED);
    }

    @Test
    void coveredWithAnUnpublishedMappingNoted() {
        CoverageReport.DataClassCoverage c = report.dataClass("DC-DL-XZQH");
        assertThat(c.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(c.findings()).containsExactly("COVERED", "UNPUBLISHED_MAPPING");
        assertThat(c.unpublishedResources()).containsExactly("R-MZ-099");
    }

    @Test
    void unusedDataClassAndOrphanResources() {
        assertThat(report.dataClass("DC-MZ-BZFW").status()).isEqualTo(CoverageStatus.UNUSED);
        // R-TJ-003 is unmapped too, but two subscriptions consume it
        assertThat(report.orphans()).extracting(CoverageReport.OrphanResource::code).containsExactly("R-GH-009");
        assertThat(report.summary()).containsEntry(CoverageStatus.GAP, 2).containsEntry(CoverageStatus.ORPHAN, 1)
                .containsEntry(CoverageStatus.DUPLICATE_SOURCE, 1).containsEntry(CoverageStatus.COVERED, 1);
    }

    @Test
    void withoutAnyCatalogEveryUsedDataClassIsAGap() {
        CoverageReport r = CoverageAnalysis.analyse(new UcMatrix(Fixtures.model()), List.of(), List.of());
        assertThat(r.codesWith(CoverageStatus.GAP)).containsExactly("DC-DL-XZQH", "DC-JY-XJXX", "DC-RK-HYXX",
                "DC-RK-JBXX", "DC-WJ-JZJL");
        assertThat(r.dataClass("DC-RK-JBXX").findings()).containsExactly("GAP", "DUPLICATE_SOURCE", "UNPUBLISHED_MAPPING");
    }
}
