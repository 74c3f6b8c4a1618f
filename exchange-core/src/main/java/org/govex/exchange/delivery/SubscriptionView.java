package org.govex.exchange.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.govex.exchange.delivery.database.DatabaseTarget;

import java.util.List;

/**
 * A subscription with its lag (records of the resource after the cursor) and dead letters; for a
 * DATABASE subscription its table and account (never the password).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(Subscription subscription, long lag, long head, List<DeadLetter> deadLetters, String secret,
                               DatabaseTarget database) {
}
