package org.govex.exchange.journal;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A block's records are lines: a payload holding a line feed would split into two records. */
class JournalBlockTest {

    @Test
    void aLineFeedIsFoundAtEveryPositionAndNothingElseIsTakenForOne() {
        Random random = new Random(11643);
        byte[] near = {0x0B, 0x09, 0x0A ^ (byte) 0x80, 0x1A, 0x4A, (byte) 0x8A, 0x00, (byte) 0xFF, 0x0D, 0x01};
        for (int length = 0; length < 40; length++) {
            for (int round = 0; round < 200; round++) {
                byte[] b = new byte[length];
                for (int i = 0; i < length; i++) {
                    b[i] = random.nextBoolean() ? near[random.nextInt(near.length)] : (byte) random.nextInt(256);
                    if (b[i] == '\n') {
                        b[i] = 0x0B;
                    }
                }
                assertThat(JournalBlock.hasLineFeed(b)).as("no line feed in %s", java.util.Arrays.toString(b)).isFalse();
                if (length > 0) {
                    b[random.nextInt(length)] = '\n';
                    assertThat(JournalBlock.hasLineFeed(b)).as("a line feed in %s", java.util.Arrays.toString(b)).isTrue();
                }
            }
        }
    }

    @Test
    void aPayloadWithALineFeedIsRefusedAndChineseTextIsNot() {
        JournalBlock block = new JournalBlock(1024);
        block.add("330106198512120011", "{\"name\":\"王小明\",\"domicileAddress\":\"浙江省杭州市西湖区文三路90号\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> block.add("33010819920315002X", "{\"name\":\"李娜\",\n\"sex\":\"2\"}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(block.count()).isEqualTo(1);
    }

    @Test
    void aBatchIsCutIntoBlocksSizedExactlyAsTheyFill() {
        Random random = new Random(2026);
        java.util.List<AppendRequest.Entry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 2_600; i++) {
            // register records of 700 to 1,400 bytes; every 500th a large one
            int length = i % 500 == 499 ? 300_000 : 700 + random.nextInt(700);
            byte[] payload = new byte[length];
            java.util.Arrays.fill(payload, (byte) 'x');
            entries.add(new AppendRequest.Entry("3301061985121200" + (i % 90 + 10), payload));
        }
        List<JournalBlock> blocks = JournalBlock.cut(entries);
        int at = 0;
        for (JournalBlock block : blocks) {
            assertThat(block.count()).isBetween(1, JournalBlock.MAX_RECORDS);
            byte[] lines = block.payloadLines();
            assertThat(lines).as("sized exactly").hasSize(JournalBlock.bytesFrom(entries, at));
            // the block's lines are its entries' payloads, in order
            int p = 0;
            for (int k = 0; k < block.count(); k++, at++) {
                byte[] payload = entries.get(at).payload();
                assertThat(java.util.Arrays.equals(lines, p, p + payload.length, payload, 0, payload.length)).isTrue();
                p += payload.length + 1;
            }
        }
        assertThat(at).isEqualTo(entries.size());
        assertThat(blocks.size()).isGreaterThan(entries.size() / JournalBlock.MAX_RECORDS);
    }
}
