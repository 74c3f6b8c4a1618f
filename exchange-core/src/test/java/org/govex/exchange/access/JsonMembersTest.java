package org.govex.exchange.access;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The end of a string found eight bytes at a time is the end a byte-by-byte reading finds. */
class JsonMembersTest {

    /** The reading the word-at-a-time search must agree with. */
    private static int naiveEnd(byte[] json, int open) {
        for (int i = open + 1; i < json.length; i++) {
            if (json[i] == '"') {
                return i;
            }
            if (json[i] == '\\') {
                i++;
            }
        }
        return -1;
    }

    @Test
    void quotesAndBackslashesAtEveryPositionAreFoundAsAByteByByteReadingFindsThem() throws Exception {
        Random random = new Random(330106);
        byte[] alphabet = {'"', '\\', 'a', 'u', '0', (byte) 0xE8, (byte) 0xA5, (byte) 0xBF, 0x22 ^ (byte) 0x80, 0x5C ^ 0x01, 0x21, 0x23};
        for (int length = 1; length < 48; length++) {
            for (int round = 0; round < 300; round++) {
                byte[] b = new byte[length];
                b[0] = '"';
                for (int i = 1; i < length; i++) {
                    b[i] = random.nextInt(4) == 0 ? alphabet[random.nextInt(alphabet.length)] : alphabet[2 + random.nextInt(alphabet.length - 2)];
                }
                int expected = naiveEnd(b, 0);
                if (expected < 0) {
                    assertThatThrownBy(() -> JsonMembers.stringEnd(b, 0)).isInstanceOf(java.io.IOException.class);
                } else {
                    assertThat(JsonMembers.stringEnd(b, 0)).as(java.util.Arrays.toString(b)).isEqualTo(expected);
                }
            }
        }
    }
}
