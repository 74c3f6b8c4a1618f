package org.govex.exchange.delivery;

import java.time.Instant;

/** A batch given up after the configured attempts; replay from {@code firstSeq} re-sends it. */
public record DeadLetter(String id, long firstSeq, long lastSeq, int events, int attempts, String lastError, Instant createdAt) {
}
