package org.govex.exchange.access;

/** CDI event fired after a grant is revoked, so delivery on it stops at once. */
public record GrantRevoked(String grantId, String consumer, String resource) {
}
