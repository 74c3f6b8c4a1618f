package org.govex.exchange.journal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * The answer to a publish, sent only after the accepted records are durable: how many were
 * accepted, which were rejected and why, the journal sequence range they occupy and the SHA-256
 * digest of what was accepted (see {@code docs/exchange.md} for how to recompute it).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Receipt(String batchId, String resource, int accepted, int rejected, Long firstSequence,
                      Long lastSequence, String digest, Instant recordedAt, List<Rejection> rejections) {
}
