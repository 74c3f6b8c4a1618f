package org.govex.exchange.publish;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link FlatBatch} takes as spans and what it leaves to Jackson. */
class FlatBatchTest {

    private static FlatBatch scan(String body) {
        return FlatBatch.scan(body.getBytes(StandardCharsets.UTF_8), 3);
    }

    private static String text(FlatBatch b, int from, int to) {
        return new String(b.json, from, to - from, StandardCharsets.UTF_8);
    }

    @Test
    void flatRecordsOfStringsAndNullsAreTakenAsSpans() {
        FlatBatch b = scan(" [ {\"name\" : \"王小明\", \"phone\":null} ,{}, {\"domicileDivision\":\"330106\"}\n]\r\n");
        assertThat(b).isNotNull();
        assertThat(b.size()).isEqualTo(3);
        int m = b.firstMember(0);
        assertThat(text(b, b.nameStart(m), b.nameEnd(m))).isEqualTo("name");
        assertThat(text(b, b.valueStart(m), b.valueEnd(m))).isEqualTo("王小明");
        assertThat(b.valueStart(m + 1)).isEqualTo(FlatBatch.NULL);
        assertThat(b.endMember(0) - b.firstMember(0)).isEqualTo(2);
        assertThat(b.endMember(1) - b.firstMember(1)).isZero();
        assertThat(text(b, b.recordStart(1), b.recordEnd(1))).isEqualTo("{}");
        int last = b.firstMember(2);
        assertThat(text(b, b.valueStart(last), b.valueEnd(last))).isEqualTo("330106");
    }

    @Test
    void anythingElseIsLeftToJackson() {
        for (String body : new String[]{
                "[]", "{}", "[{\"a\":1}]", "[{\"a\":true}]", "[{\"a\":{\"b\":\"c\"}}]", "[{\"a\":[\"b\"]}]",
                "[{\"a\":\"line\\nbreak\"}]", "[{\"a\":\"\\u4e2d\"}]", "[{\"a\\\"\":\"b\"}]", "[{\"a\":\"tab\there\"}]",
                "[{\"a\":\"b\"},]", "[{\"a\":\"b\"}] x", "[{\"a\":\"b\"}", "[{\"a\":\"b\"", "[{\"a\" \"b\"}]",
                "[{\"a\":nul}]", "[{\"a\":nullx}]", "[{\"a\":\"b\"} {\"a\":\"b\"}]", "\uFEFF[{\"a\":\"b\"}]",
                "[{\"a\":\"吉𠮷\"}]", "[{\"a\":\"b\"},{\"a\":\"b\"},{\"a\":\"b\"},{\"a\":\"b\"}]", // four records, three allowed
                "[{\"" + "n".repeat(FlatBatch.MAX_NAME + 1) + "\":\"b\"}]"}) {
            assertThat(scan(body)).as(body).isNull();
        }
        assertThat(scan("[{\"" + "n".repeat(FlatBatch.MAX_NAME) + "\":\"b\"}]")).isNotNull();
    }

    @Test
    void malformedUtf8IsLeftToJackson() {
        byte[][] bad = {
                {(byte) 0xC0, (byte) 0x80},             // overlong NUL
                {(byte) 0xE0, (byte) 0x80, (byte) 0x80}, // overlong
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate code point
                {(byte) 0xE4, (byte) 0xB8},              // cut short
                {(byte) 0x80},                           // a continuation byte alone
                {(byte) 0xFF}};
        for (byte[] b : bad) {
            byte[] body = new byte[b.length + 10];
            System.arraycopy("[{\"a\":\"".getBytes(StandardCharsets.US_ASCII), 0, body, 0, 7);
            System.arraycopy(b, 0, body, 7, b.length);
            System.arraycopy("\"}]".getBytes(StandardCharsets.US_ASCII), 0, body, 7 + b.length, 3);
            assertThat(FlatBatch.scan(body, 3)).isNull();
        }
    }

    /** The string end found eight bytes at a time is the one a byte-by-byte reading finds, on random strings. */
    @Test
    void stringEndAgreesWithAByteByByteReading() {
        Random random = new Random(20261126);
        String alphabet = "abc 09\"\\\t\u007F中文é\u2028";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0, n = random.nextInt(40); i < n; i++) {
                s.append(random.nextInt(3) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'x');
            }
            byte[] bytes = s.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(FlatBatch.stringEnd(bytes, 0)).as(s.toString()).isEqualTo(byteByByte(bytes));
        }
    }

    private static int byteByByte(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            int c = b[i] & 0xFF;
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    @Test
    void codePointsAndFirstCharactersAreReadFromTheBytes() {
        byte[] b = "a中é\u3000".getBytes(StandardCharsets.UTF_8);
        assertThat(FlatBatch.codePoints(b, 0, b.length)).isEqualTo(4);
        assertThat(FlatBatch.firstCodePoint(b, 1)).isEqualTo('中');
        assertThat(FlatBatch.firstCodePoint(b, 4)).isEqualTo('é');
        assertThat(FlatBatch.firstCodePoint(b, 6)).isEqualTo('\u3000');
    }
}
