package org.govex.exchange.delivery.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.security.KeyFiles;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts consumer database passwords at rest with AES-256-GCM, bound to their subscription id
 * (a value copied to another row does not decrypt). The key is not in the database: it is the
 * configured {@code credential-key} or a file {@code <data dir>/keys/credentials.key} (mode 600)
 * created at first use, so a copy of the database alone does not reveal the passwords.
 */
@ApplicationScoped
public class CredentialCipher {

    private static final String PREFIX = "aesgcm1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DatabaseChannelConfig config;
    private final KeyFiles keyFiles;
    private volatile SecretKey key;

    public CredentialCipher(DatabaseChannelConfig config, KeyFiles keyFiles) {
        this.config = config;
        this.keyFiles = keyFiles;
    }

    public String encrypt(String subscriptionId, String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = cipher(Cipher.ENCRYPT_MODE, iv, subscriptionId);
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a credential", e);
        }
    }

    /** @throws GeneralSecurityException when the value was altered, moved or encrypted under another key */
    public String decrypt(String subscriptionId, String stored) throws GeneralSecurityException {
        if (!stored.startsWith(PREFIX)) {
            throw new GeneralSecurityException("not an encrypted credential");
        }
        byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        byte[] iv = java.util.Arrays.copyOf(in, IV_BYTES);
        Cipher c = cipher(Cipher.DECRYPT_MODE, iv, subscriptionId);
        return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    }

    private Cipher cipher(int mode, byte[] iv, String subscriptionId) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key(), new GCMParameterSpec(128, iv));
        c.updateAAD(subscriptionId.getBytes(StandardCharsets.UTF_8));
        return c;
    }

    private SecretKey key() {
        SecretKey k = key;
        if (k == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(config.credentialKey().map(b -> Base64.getDecoder().decode(b.trim()))
                            .orElseGet(this::keyFromFile), "AES");
                    if (key.getEncoded().length != 32) {
                        throw new IllegalStateException("govex.exchange.database-channel.credential-key must be 32 bytes (base64)");
                    }
                }
                k = key;
            }
        }
        return k;
    }

    private byte[] keyFromFile() {
        return keyFiles.key("credentials");
    }
}
