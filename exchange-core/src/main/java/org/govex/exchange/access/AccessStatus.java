package org.govex.exchange.access;

/** PENDING waits for the provider; GRANTED is a grant; REFUSED means the resource is not shared (不予共享). */
public enum AccessStatus {
    PENDING, GRANTED, REJECTED, REFUSED, REVOKED
}
