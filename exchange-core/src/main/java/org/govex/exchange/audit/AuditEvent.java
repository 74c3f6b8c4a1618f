package org.govex.exchange.audit;

import java.time.Instant;

/** One event of the hash-chained audit log, as stored. */
public record AuditEvent(long seq, Instant occurredAt, String actor, String action, String subject, String detail,
                         String prevHash, String hash) {
}
