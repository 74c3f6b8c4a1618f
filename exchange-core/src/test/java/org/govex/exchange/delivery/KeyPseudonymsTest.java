package org.govex.exchange.delivery;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pseudonyms are stored by consumers (deduplication, upserts): they must stay HMAC-SHA256 over
 * view, zero byte, key, whatever way the hub computes them.
 */
class KeyPseudonymsTest {

    private static final String VIEW = "101001-000001|birthDate,domicileDivision,idNumber,sex,updatedAt|";

    private static String reference(byte[] key, String view, String recordKey) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        mac.update(view.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return "p-" + HexFormat.of().formatHex(mac.doFinal(recordKey.getBytes(StandardCharsets.UTF_8)), 0, 16);
    }

    @Test
    void eachPseudonymIsTheHmacOfViewAndKey() throws Exception {
        byte[] key = "test-pseudonym-key-0123456789abc".getBytes(StandardCharsets.UTF_8);
        KeyPseudonyms.View view = new KeyPseudonyms(key).forView(VIEW);
        for (String id : new String[] {"330106198512120011", "33010819920315002X", "110101199003071233", "", "王小明/330106"}) {
            assertThat(view.of(id)).as(id).isEqualTo(reference(key, VIEW, id));
        }
        assertThat(view.of("330106198512120011")).as("the same key, the same pseudonym").isEqualTo(view.of("330106198512120011"));
    }

    @Test
    void keysLongerThanABlockAndViewsLongerThanABlockAgreeToo() throws Exception {
        byte[] longKey = new byte[100];
        for (int i = 0; i < longKey.length; i++) {
            longKey[i] = (byte) (i * 7);
        }
        String longView = VIEW.repeat(3) + "民政局";
        assertThat(new KeyPseudonyms(longKey).forView(longView).of("330106198512120011"))
                .isEqualTo(reference(longKey, longView, "330106198512120011"));
    }

    @Test
    void viewsGiveDifferentPseudonymsForOneKey() {
        KeyPseudonyms p = new KeyPseudonyms("test-pseudonym-key-0123456789abc".getBytes(StandardCharsets.UTF_8));
        assertThat(p.forView(VIEW).of("330106198512120011")).isNotEqualTo(p.forView("101001-000001|idNumber,name|").of("330106198512120011"));
    }
}
