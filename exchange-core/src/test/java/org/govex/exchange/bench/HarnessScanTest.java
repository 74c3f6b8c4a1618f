package org.govex.exchange.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The harness's byte search (what its latency figures rest on) finds what a plain search finds. */
class HarnessScanTest {

    private static int naive(String text, String what, int from) {
        return text.indexOf(what, from);
    }

    @Test
    void horspoolFindsEveryOccurrenceAPlainSearchFinds() {
        String pattern = "\"updatedAt\":\"";
        byte[] what = pattern.getBytes(StandardCharsets.US_ASCII);
        Random random = new Random(20261126);
        String alphabet = "\"updatedA:t,{}0123456789xyz";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(300);
            for (int i = 0; i < n; i++) {
                b.append(random.nextInt(20) == 0 ? pattern : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String text = b.toString();
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            int from = n == 0 ? 0 : random.nextInt(n);
            for (int at = naive(text, pattern, from), found = ExchangeLoadBench.indexOf(bytes, what, from); ;
                 at = naive(text, pattern, at + 1), found = ExchangeLoadBench.indexOf(bytes, what, found + 1)) {
                assertThat(found).as(text).isEqualTo(at);
                if (at < 0) {
                    break;
                }
            }
        }
    }

    @Test
    void aFeedPageGivesItsNextAndOneLatencyPerEvent() {
        String page = "{\"resource\":\"101001-000001\",\"after\":5,\"next\":7,\"head\":9,\"events\":["
                + "{\"id\":\"101001-000001:6\",\"data\":{\"name\":\"王*\",\"updatedAt\":\"2026-11-26T10:00:00.000+08:00\"}},"
                + "{\"id\":\"101001-000001:7\",\"data\":{\"name\":\"李*\",\"updatedAt\":\"2026-11-26T10:00:00.000+08:00\"}}]}";
        LatencyLog log = new LatencyLog();
        long sent = java.time.OffsetDateTime.parse("2026-11-26T10:00:00.000+08:00").toInstant().toEpochMilli();
        assertThat(ExchangeLoadBench.readFeed(page.getBytes(StandardCharsets.UTF_8), sent + 25, log)).isEqualTo(7);
        assertThat(log.delays(Long.MIN_VALUE, Long.MAX_VALUE)).containsExactly(25L, 25L);
    }
}
