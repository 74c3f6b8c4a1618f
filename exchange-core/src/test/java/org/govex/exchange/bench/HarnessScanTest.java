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
        BytePattern what = new BytePattern(pattern);
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
            for (int at = naive(text, pattern, from), found = what.in(bytes, from, bytes.length); ;
                 at = naive(text, pattern, at + 1), found = what.in(bytes, found + 1, bytes.length)) {
                assertThat(found).as(text).isEqualTo(at);
                if (at < 0) {
                    break;
                }
                // a match must end before the bound
                assertThat(what.in(bytes, at, at + pattern.length() - 1)).isEqualTo(-1);
                assertThat(what.in(bytes, at, at + pattern.length())).isEqualTo(at);
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

        // a webhook batch has no next, even if a record after the first event has a field so named
        String batch = "[{\"id\":\"101001-000001:8\",\"data\":{\"updatedAt\":\"2026-11-26T10:00:00.000+08:00\",\"next\":9}}]";
        LatencyLog hook = new LatencyLog();
        assertThat(ExchangeLoadBench.readEvents(batch.getBytes(StandardCharsets.UTF_8), sent + 40, hook)).isEqualTo(-1);
        assertThat(hook.delays(Long.MIN_VALUE, Long.MAX_VALUE)).containsExactly(40L);
    }

    @Test
    void eventsOfTwoPublishesOnOnePageKeepTheirOwnSendTimes() {
        String t0 = "2026-11-26T10:00:00.000+08:00";
        String t1 = "2026-11-26T10:00:00.010+08:00";
        String page = "{\"resource\":\"101001-000001\",\"after\":0,\"next\":4,\"head\":4,\"events\":["
                + "{\"data\":{\"name\":\"王*\",\"updatedAt\":\"" + t0 + "\"}},{\"data\":{\"name\":\"李*\",\"updatedAt\":\"" + t0 + "\"}},"
                + "{\"data\":{\"name\":\"张*\",\"updatedAt\":\"" + t1 + "\"}},{\"data\":{\"name\":\"刘*\",\"updatedAt\":\"" + t0 + "\"}}]}";
        LatencyLog log = new LatencyLog();
        LatencyLog feeds = new LatencyLog();
        long sent = java.time.OffsetDateTime.parse(t0).toInstant().toEpochMilli();
        ExchangeLoadBench.readFeed(page.getBytes(StandardCharsets.UTF_8), sent + 25, log, feeds);
        assertThat(log.delays(Long.MIN_VALUE, Long.MAX_VALUE)).containsExactly(15L, 25L, 25L, 25L);
        assertThat(feeds.delays(sent, sent + 1)).as("only the three sent at t0").containsExactly(25L, 25L, 25L);
    }
}
