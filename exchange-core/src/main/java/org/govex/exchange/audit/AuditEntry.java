package org.govex.exchange.audit;

import java.util.Map;

/**
 * An event to append: who did what to which subject, with a small detail map (stored as JSON).
 * Actions in use: publish, delivery, delivery.dead-letter, base.query, access.request,
 * access.decision, access.revoke, subscription.create, catalog.* (catalog changes).
 */
public record AuditEntry(String actor, String action, String subject, Map<String, ?> detail) {

    public AuditEntry {
        detail = detail == null ? Map.of() : detail;
    }
}
