package org.govex.catalog.dcat;

import java.time.Instant;
import java.util.List;

/**
 * What one export request covers: the codes of its page (in code order), the filter, and the
 * paging figures. {@code paged} is false for the whole catalog in one document (no hydra view).
 */
public record ExportSelection(List<String> codes, Instant modifiedSince, int page, int pageSize, long totalItems,
                              boolean hasNext, boolean paged) {
}
