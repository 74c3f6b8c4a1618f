package org.govex.catalog.planning.analysis;

import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.ResourceFact;
import org.govex.catalog.planning.facts.ShareType;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.ResourceMapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Coverage of every data class by published catalog resources (see {@link CoverageStatus}), with
 * the exchange's conflicts as evidence of duplicate sources, and the orphan resources.
 * Linear in cells + mappings + resources + conflicts.
 */
public final class CoverageAnalysis {

    private CoverageAnalysis() {
    }

    public static CoverageReport analyse(UcMatrix m, List<ResourceFact> published, List<ConflictFact> conflicts) {
        Map<String, ResourceFact> resources = new HashMap<>();
        published.forEach(r -> resources.put(r.code(), r));
        Map<String, List<ResourceMapping>> mappingsByClass = new HashMap<>();
        Map<String, List<String>> classesByResource = new HashMap<>();
        for (ResourceMapping map : m.model().mappings()) {
            mappingsByClass.computeIfAbsent(map.dataClassCode(), k -> new ArrayList<>()).add(map);
            classesByResource.computeIfAbsent(map.resourceCode(), k -> new ArrayList<>()).add(map.dataClassCode());
        }
        Map<String, List<ConflictFact>> conflictsByResource = new HashMap<>();
        for (ConflictFact c : conflicts) {
            c.resourceCodes().forEach(r -> conflictsByResource.computeIfAbsent(r, k -> new ArrayList<>()).add(c));
        }

        List<CoverageReport.DataClassCoverage> rows = new ArrayList<>();
        Set<String> usedClasses = new HashSet<>();
        Map<CoverageStatus, Integer> summary = new EnumMap<>(CoverageStatus.class);
        for (CoverageStatus s : CoverageStatus.values()) {
            summary.put(s, 0);
        }
        for (int d = 0; d < m.dataClasses().size(); d++) {
            DataClass dc = m.dataClasses().get(d);
            Set<String> creatorDepts = new TreeSet<>();
            List<String> creatorProcs = new ArrayList<>();
            for (int p : m.creatorsOf(d)) {
                creatorDepts.add(m.departmentOf(p));
                creatorProcs.add(m.processes().get(p).code());
            }
            Set<String> userDepts = new TreeSet<>();
            List<String> userProcs = new ArrayList<>();
            for (int p : m.usersOf(d)) {
                userDepts.add(m.departmentOf(p));
                userProcs.add(m.processes().get(p).code());
            }
            boolean used = !creatorProcs.isEmpty() || !userProcs.isEmpty();
            if (used) {
                usedClasses.add(dc.code());
            }
            List<CoverageReport.ProvidingResource> providing = new ArrayList<>();
            List<String> unpublished = new ArrayList<>();
            List<ConflictFact> evidence = new ArrayList<>();
            Set<String> evidenceIds = new HashSet<>();
            for (ResourceMapping map : mappingsByClass.getOrDefault(dc.code(), List.of())) {
                ResourceFact r = resources.get(map.resourceCode());
                if (r == null) {
                    unpublished.add(map.resourceCode());
                } else {
                    providing.add(new CoverageReport.ProvidingResource(r.code(), r.title(), r.providerCode(), r.shareType()));
                }
                for (ConflictFact c : conflictsByResource.getOrDefault(map.resourceCode(), List.of())) {
                    if (evidenceIds.add(c.id())) {
                        evidence.add(c);
                    }
                }
            }
            if (creatorDepts.size() > 1 && dc.baseDatabase() != null) {
                // conflicts seen in this base database between two of the creating departments
                for (ConflictFact c : conflicts) {
                    long overlap = c.departments().stream().filter(creatorDepts::contains).count();
                    if (dc.baseDatabase().id().equals(c.baseDatabase()) && overlap >= 2 && evidenceIds.add(c.id())) {
                        evidence.add(c);
                    }
                }
            }
            List<String> findings = new ArrayList<>();
            if (!used) {
                findings.add(CoverageStatus.UNUSED.name());
            } else {
                if (providing.isEmpty()) {
                    findings.add(CoverageStatus.GAP.name());
                } else if (providing.stream().allMatch(r -> r.shareType() == ShareType.NONE)) {
                    Set<String> providers = new HashSet<>();
                    providing.forEach(r -> providers.add(r.providerCode()));
                    Set<String> others = new HashSet<>(userDepts);
                    others.addAll(creatorDepts);
                    others.removeAll(providers);
                    if (!others.isEmpty()) {
                        findings.add(CoverageStatus.NOT_SHARED.name());
                    }
                }
                if (creatorDepts.size() > 1) {
                    findings.add(CoverageStatus.DUPLICATE_SOURCE.name());
                }
                if (creatorProcs.isEmpty()) {
                    findings.add("NO_CREATOR");
                }
            }
            if (!unpublished.isEmpty()) {
                findings.add("UNPUBLISHED_MAPPING");
            }
            CoverageStatus status = findings.isEmpty() || !isStatus(findings.get(0))
                    ? CoverageStatus.COVERED : CoverageStatus.valueOf(findings.get(0));
            if (status == CoverageStatus.COVERED) {
                findings.add(0, CoverageStatus.COVERED.name());
            }
            summary.merge(status, 1, Integer::sum);
            rows.add(new CoverageReport.DataClassCoverage(dc.code(), dc.name(),
                    dc.baseDatabase() == null ? null : dc.baseDatabase().id(), status, List.copyOf(findings),
                    List.copyOf(creatorDepts), creatorProcs, List.copyOf(userDepts), userProcs,
                    providing, unpublished, evidence));
        }

        List<CoverageReport.OrphanResource> orphans = new ArrayList<>();
        published.stream().sorted(java.util.Comparator.comparing(ResourceFact::code)).forEach(r -> {
            List<String> mapped = classesByResource.getOrDefault(r.code(), List.of());
            boolean usedByProcess = mapped.stream().anyMatch(usedClasses::contains);
            if (!usedByProcess && r.subscriberCount() == 0) {
                orphans.add(new CoverageReport.OrphanResource(r.code(), r.title(), r.providerCode(), r.shareType(),
                        r.subscriberCount(), mapped.stream().sorted().toList()));
            }
        });
        summary.put(CoverageStatus.ORPHAN, orphans.size());
        return new CoverageReport(summary, rows, orphans);
    }

    private static boolean isStatus(String finding) {
        for (CoverageStatus s : CoverageStatus.values()) {
            if (s.name().equals(finding)) {
                return true;
            }
        }
        return false;
    }
}
