package org.govex.catalog.planning.export;

import org.govex.catalog.planning.analysis.CoverageReport;
import org.govex.catalog.planning.analysis.FreshnessReport;
import org.govex.catalog.planning.analysis.PlanningReport;
import org.govex.catalog.planning.analysis.SharingReport;
import org.govex.catalog.planning.analysis.SubjectAreas;
import org.govex.catalog.planning.analysis.Table;
import org.govex.catalog.planning.facts.ConflictFact;

import java.util.ArrayList;
import java.util.List;

/** The analyses as flat tables: the first of each list is the analysis's CSV form, all of them its XLSX sheets. */
public final class AnalysisTables {

    private AnalysisTables() {
    }

    public static List<Table> coverage(CoverageReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoverageReport.DataClassCoverage c : r.dataClasses()) {
            rows.add(row(c.code(), c.name(), c.baseDatabase(), c.status().name(), join(c.findings()),
                    join(c.creatorDepartments()), join(c.creatorProcesses()), join(c.userDepartments()),
                    join(c.userProcesses()), join(c.resources().stream().map(x -> x.code() + "(" + x.shareType() + ")").toList()),
                    join(c.unpublishedResources()), join(c.conflicts().stream().map(ConflictFact::id).toList())));
        }
        List<List<Object>> orphans = new ArrayList<>();
        for (CoverageReport.OrphanResource o : r.orphans()) {
            orphans.add(row(o.code(), o.title(), o.providerCode(), o.shareType() == null ? null : o.shareType().name(),
                    o.subscriberCount(), join(o.mappedDataClasses())));
        }
        List<List<Object>> evidence = new ArrayList<>();
        for (CoverageReport.DataClassCoverage c : r.dataClasses()) {
            for (ConflictFact f : c.conflicts()) {
                evidence.add(row(c.code(), f.id(), f.baseDatabase(), f.recordKey(), f.field(), join(f.departments()),
                        join(f.resourceCodes()), f.observedAt() == null ? null : f.observedAt().toString()));
            }
        }
        return List.of(
                new Table("coverage", List.of("dataClass", "name", "baseDatabase", "status", "findings", "creatorDepartments",
                        "creatorProcesses", "userDepartments", "userProcesses", "resources", "unpublishedResources", "conflicts"), rows),
                new Table("orphans", List.of("resource", "title", "provider", "shareType", "subscribers", "mappedDataClasses"), orphans),
                new Table("conflicts", List.of("dataClass", "conflict", "baseDatabase", "recordKey", "field", "departments",
                        "resources", "observedAt"), evidence));
    }

    public static List<Table> freshness(FreshnessReport r) {
        List<List<Object>> rows = new ArrayList<>();
        for (FreshnessReport.ResourceFreshness f : r.resources()) {
            rows.add(row(f.code(), f.title(), f.providerCode(), f.updateCycle(), f.status().name(), str(f.lastUpdate()),
                    f.lastUpdateSource(), str(f.dueAt()), f.overdueBy(), f.overdueDays()));
        }
        return List.of(new Table("freshness", List.of("resource", "title", "provider", "updateCycle", "status", "lastUpdate",
                "lastUpdateSource", "dueAt", "overdueBy", "overdueDays"), rows));
    }

    public static List<Table> sharing(SharingReport r) {
        List<List<Object>> rates = new ArrayList<>();
        List<SharingReport.Rates> all = new ArrayList<>();
        all.add(r.overall());
        all.addAll(r.byDepartment());
        all.addAll(r.byBaseDatabase());
        for (SharingReport.Rates x : all) {
            rates.add(row(x.dimension(), x.key(), x.resources(), x.unconditional(), x.conditional(), x.notShared(),
                    x.shareRate(), x.unconditionalRate(), x.open(), x.conditionallyOpen(), x.notOpen(), x.openRate()));
        }
        List<List<Object>> overdue = new ArrayList<>();
        for (SharingReport.OverdueRequest o : r.overdueAccessRequests()) {
            overdue.add(row(o.id(), o.resourceCode(), o.providerCode(), o.requesterCode(), str(o.requestedAt()),
                    str(o.dueAt()), o.overdueBy(), o.overdueDays()));
        }
        return List.of(
                new Table("sharing", List.of("dimension", "key", "resources", "unconditional", "conditional", "notShared",
                        "shareRate", "unconditionalRate", "open", "conditionallyOpen", "notOpen", "openRate"), rates),
                new Table("overdue-requests", List.of("id", "resource", "provider", "requester", "requestedAt", "dueAt",
                        "overdueBy", "overdueDays"), overdue));
    }

    public static List<Table> subjectAreas(SubjectAreas s) {
        List<List<Object>> areas = new ArrayList<>();
        for (SubjectAreas.Area a : s.areas()) {
            areas.add(row(a.code(), a.name(), a.subjectDatabase(), join(a.departments()), join(a.domains()),
                    join(a.processes()), join(a.dataClasses())));
        }
        List<List<Object>> flows = new ArrayList<>();
        for (SubjectAreas.Flow f : s.flows()) {
            flows.add(row(f.from(), f.to(), f.cells(), join(f.dataClasses())));
        }
        return List.of(
                new Table("subject-areas", List.of("area", "name", "subjectDatabase", "departments", "domains", "processes",
                        "dataClasses"), areas),
                new Table("flows", List.of("from", "to", "cells", "dataClasses"), flows));
    }

    public static Table summary(PlanningReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("generatedAt", str(r.generatedAt())));
        rows.add(row("catalogVersion", r.catalogVersion()));
        rows.add(row("modelRevision", r.modelRevision()));
        rows.add(row("modelModified", str(r.modelModified())));
        rows.add(row("departments", r.model().departments()));
        rows.add(row("domains", r.model().domains()));
        rows.add(row("processes", r.model().processes()));
        rows.add(row("dataClasses", r.model().dataClasses()));
        rows.add(row("cells", r.model().cells()));
        r.coverage().summary().forEach((k, v) -> rows.add(row("coverage." + k.name(), v)));
        r.freshness().summary().forEach((k, v) -> rows.add(row("freshness." + k.name(), v)));
        rows.add(row("sharing.shareRate", r.sharing().overall().shareRate()));
        rows.add(row("sharing.overdueAccessRequests", r.sharing().overdueAccessRequests().size()));
        rows.add(row("subjectAreas", r.subjectAreas().areas().size()));
        rows.add(row("subjectAreas.usesInside", r.subjectAreas().usesInside()));
        return new Table("summary", List.of("item", "value"), rows);
    }

    private static List<Object> row(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private static String join(List<String> values) {
        return String.join(" ", values);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
