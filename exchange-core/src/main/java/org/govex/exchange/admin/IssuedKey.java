package org.govex.exchange.admin;

import java.time.Instant;

/** The answer to a key request: the plaintext key is shown here once and never again. */
public record IssuedKey(String keyId, String principalId, String label, Instant createdAt, String apiKey) {
}
