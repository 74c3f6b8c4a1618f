package org.govex.exchange.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * API key format and hashing. A generated key is {@code gvx_<keyId>_<secret>} with 256 random
 * bits; only its SHA-256 is stored (a fast hash is enough for keys of that entropy).
 */
public final class ApiKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeys() {
    }

    public record NewKey(String keyId, String plaintext, String hash) {
    }

    public static NewKey generate() {
        byte[] id = new byte[5];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(id);
        String plaintext = "gvx_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewKey(keyId, plaintext, hash(plaintext));
    }

    /** A key chosen by the operator (environment) or derived for the demo. */
    public static NewKey fixed(String plaintext) {
        String hash = hash(plaintext);
        return new NewKey("f" + hash.substring(0, 9), plaintext, hash);
    }

    public static String hash(String plaintext) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plaintext.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
