package org.govex.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.security.KeyFiles;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Stands in for a record key a consumer may not see (an ID number its grant masks): {@code p-} and
 * 32 hex digits of HMAC-SHA256 under the hub's {@code pseudonyms} key over the view and the key. It
 * is stable (consumers still deduplicate, upsert and order per key) and differs between views, so
 * consumers with different field sets cannot join their data on it; without the key file it cannot
 * be reversed by trying every ID number.
 */
@ApplicationScoped
public class KeyPseudonyms {

    private final SecretKeySpec key;

    @jakarta.inject.Inject
    public KeyPseudonyms(KeyFiles keys) {
        this(keys.key("pseudonyms"));
    }

    KeyPseudonyms(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    public String of(String view, String recordKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(view.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] h = mac.doFinal(recordKey.getBytes(StandardCharsets.UTF_8));
            return "p-" + HexFormat.of().formatHex(h, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
