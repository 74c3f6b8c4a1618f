package org.govex.catalog.search;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and facet counts (dimension → value → count) over all hits. */
public record SearchResult(long total, int page, int size, List<ResourceSummary> results,
                           Map<String, Map<String, Long>> facets) {
}
