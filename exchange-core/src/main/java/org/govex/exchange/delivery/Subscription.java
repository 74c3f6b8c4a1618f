package org.govex.exchange.delivery;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/** A consumer's standing order for a resource's records, with its delivery state. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Subscription(String id, String consumer, String resource, String grantId, ChannelType channel,
                           String endpoint, @JsonIgnore String secret, String divisionPrefix, SubscriptionStatus status,
                           long cursor, int attempts, Instant nextAttemptAt, String lastError, Instant lastErrorAt,
                           long deliveredCount, Instant lastDeliveredAt, Instant createdAt) {
}
