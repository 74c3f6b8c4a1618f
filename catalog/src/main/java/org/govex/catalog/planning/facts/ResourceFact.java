package org.govex.catalog.planning.facts;

import java.time.Instant;
import java.util.List;

/**
 * A published catalog resource as planning sees it: declared metadata (share and open type,
 * update cycle, modified) and observed usage (last record, record count, active subscribers).
 * {@code baseDatabase} is a base database id or {@code null}; {@code updateCycle} an EU frequency
 * code (DAILY, MONTHLY, ...) or its Chinese name (每日, 每月, ...).
 */
public record ResourceFact(String code, String title, String providerCode, ShareType shareType, OpenType openType,
                           String updateCycle, String baseDatabase, Instant modified, Instant lastRecordAt,
                           long recordCount, int subscriberCount, List<String> dataElements) {

    public ResourceFact {
        dataElements = dataElements == null ? List.of() : List.copyOf(dataElements);
    }
}
