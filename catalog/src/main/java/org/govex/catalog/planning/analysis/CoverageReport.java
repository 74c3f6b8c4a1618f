package org.govex.catalog.planning.analysis;

import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.ShareType;

import java.util.List;
import java.util.Map;

/** Coverage of the model's data classes by the catalog's published resources, and the orphans. */
public record CoverageReport(Map<CoverageStatus, Integer> summary, List<DataClassCoverage> dataClasses,
                             List<OrphanResource> orphans) {

    /**
     * One data class: its primary {@code status} (GAP before NOT_SHARED before DUPLICATE_SOURCE
     * before COVERED) and every {@code finding} that applies (the statuses plus NO_CREATOR when it
     * is used but nobody creates it, UNPUBLISHED_MAPPING when a mapped resource is not published).
     */
    public record DataClassCoverage(String code, String name, String baseDatabase, CoverageStatus status,
                                    List<String> findings, List<String> creatorDepartments, List<String> creatorProcesses,
                                    List<String> userDepartments, List<String> userProcesses,
                                    List<ProvidingResource> resources, List<String> unpublishedResources,
                                    List<ConflictFact> conflicts) {
    }

    public record ProvidingResource(String code, String title, String providerCode, ShareType shareType) {
    }

    public record OrphanResource(String code, String title, String providerCode, ShareType shareType,
                                 int subscriberCount, List<String> mappedDataClasses) {
    }

    public DataClassCoverage dataClass(String code) {
        return dataClasses.stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    public List<String> codesWith(CoverageStatus status) {
        return dataClasses.stream().filter(c -> c.status() == status).map(DataClassCoverage::code).toList();
    }
}
