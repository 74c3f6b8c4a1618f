package org.govex.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.security.KeyFiles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Stands in for a record key a consumer may not see (an ID number its grant masks): {@code p-} and
 * 32 hex digits of HMAC-SHA256 under the hub's {@code pseudonyms} key over the view, a zero byte and
 * the key (RFC 2104). It is stable (consumers still deduplicate, upsert and order per key) and
 * differs between views, so consumers with different field sets cannot join their data on it;
 * without the key file it cannot be reversed by trying every ID number.
 */
@ApplicationScoped
public class KeyPseudonyms {

    private static final int BLOCK = 64;

    /** SHA-256 after the padded key XOR ipad, and after it XOR opad. */
    private final MessageDigest inner;
    private final MessageDigest outer;

    @jakarta.inject.Inject
    public KeyPseudonyms(KeyFiles keys) {
        this(keys.key("pseudonyms"));
    }

    KeyPseudonyms(byte[] key) {
        byte[] k = Arrays.copyOf(key.length > BLOCK ? sha256().digest(key) : key, BLOCK);
        byte[] ipad = new byte[BLOCK];
        byte[] opad = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            ipad[i] = (byte) (k[i] ^ 0x36);
            opad[i] = (byte) (k[i] ^ 0x5c);
        }
        inner = sha256();
        inner.update(ipad);
        outer = sha256();
        outer.update(opad);
    }

    /**
     * The pseudonyms of one view. The hash states after the key and after the view are worked
     * out once and copied for each record key: two SHA-256 blocks a key instead of five (the
     * padded key twice and the view each time), and no {@code Mac} per thread to look up.
     */
    public View forView(String view) {
        MessageDigest prefix = copy(inner);
        prefix.update(view.getBytes(StandardCharsets.UTF_8));
        prefix.update((byte) 0);
        return new View(prefix, outer);
    }

    /** A view's pseudonyms; safe for concurrent use (the states it holds are only copied). */
    public static final class View {
        private final MessageDigest innerAfterView;
        private final MessageDigest outer;

        private View(MessageDigest innerAfterView, MessageDigest outer) {
            this.innerAfterView = innerAfterView;
            this.outer = outer;
        }

        public String of(String recordKey) {
            MessageDigest in = copy(innerAfterView);
            byte[] innerHash = in.digest(recordKey.getBytes(StandardCharsets.UTF_8));
            MessageDigest out = copy(outer);
            byte[] h = out.digest(innerHash);
            return "p-" + HexFormat.of().formatHex(h, 0, 16);
        }
    }

    private static MessageDigest copy(MessageDigest d) {
        try {
            return (MessageDigest) d.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digests can be copied", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
