package org.govex.exchange.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** A subscription with its lag (records of the resource after the cursor) and dead letters. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(Subscription subscription, long lag, long head, List<DeadLetter> deadLetters, String secret) {
}
