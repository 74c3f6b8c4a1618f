package org.govex.exchange.delivery;

/** ACTIVE delivers; SUSPENDED stopped because its grant was revoked. */
public enum SubscriptionStatus {
    ACTIVE, SUSPENDED
}
