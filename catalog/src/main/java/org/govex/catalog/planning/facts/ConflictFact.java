package org.govex.catalog.planning.facts;

import java.time.Instant;
import java.util.List;

/**
 * Two or more departments published different values of one field of one base record
 * (e.g. the domicile address of a person), through the given resources.
 */
public record ConflictFact(String id, String baseDatabase, String recordKey, String field,
                           List<String> departments, List<String> resourceCodes, Instant observedAt) {

    public ConflictFact {
        departments = departments == null ? List.of() : List.copyOf(departments);
        resourceCodes = resourceCodes == null ? List.of() : List.copyOf(resourceCodes);
    }
}
