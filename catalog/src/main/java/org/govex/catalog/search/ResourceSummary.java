package org.govex.catalog.search;

import java.time.Instant;

/** A search hit: what a result list shows without loading the full entry. */
public record ResourceSummary(String code, String titleZh, String titleEn, String providerCode, String category,
                              String baseDatabase, String shareType, String updateCycle, String status,
                              Instant modified, int version, float score) {
}
