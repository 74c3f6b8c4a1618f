package org.govex.catalog.planning.model;

import java.util.List;

/**
 * A catalog information resource that provides (part of) a data class, with the data elements
 * of the resource that carry it (empty: the whole resource).
 */
public record ResourceMapping(String dataClassCode, String resourceCode, List<String> dataElements) {

    public ResourceMapping {
        dataElements = dataElements == null ? List.of() : List.copyOf(dataElements);
    }
}
