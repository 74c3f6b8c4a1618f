package org.govex.exchange.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential back-off with full jitter: a random delay in [base/2, min(cap, base * 2^(attempt-1))]. */
public record Backoff(Duration initial, Duration max) {

    public Duration delay(int attempt) {
        long cap = max.toMillis();
        long exp = initial.toMillis() << Math.min(30, Math.max(0, attempt - 1));
        long upper = Math.max(1, Math.min(cap, exp <= 0 ? cap : exp));
        long lower = Math.min(upper, initial.toMillis() / 2);
        return Duration.ofMillis(lower + ThreadLocalRandom.current().nextLong(upper - lower + 1));
    }
}
