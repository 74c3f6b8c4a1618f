package org.govex.exchange.journal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTailTest {

    private static final String POPULATION = "101001-000001";
    private static final String MARRIAGE = "101002-000001";

    private static List<JournalRecord> records(long from, long to) {
        List<JournalRecord> out = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            String resource = s % 3 == 0 ? MARRIAGE : POPULATION;
            out.add(new JournalRecord(s, resource, "33010619851212" + String.format("%04d", s), "{}", "b", "hz-gaj", Instant.EPOCH));
        }
        return out;
    }

    @Test
    void coversNothingBeforeTheWriterStartsIt() {
        JournalTail tail = new JournalTail(100);
        assertThat(tail.read(null, 0, 10)).isNull();
        assertThat(tail.read(POPULATION, 500, 10)).isNull();
    }

    @Test
    void servesReadersAtOrAfterItsStartAndSendsOlderCursorsToTheDatabase() {
        JournalTail tail = new JournalTail(100);
        tail.reset(40); // the database holds 1..40
        tail.append(records(41, 60));
        assertThat(tail.read(null, 39, 10)).as("record 40 is only in the database").isNull();
        assertThat(tail.read(null, 40, 5)).extracting(JournalRecord::seq).containsExactly(41L, 42L, 43L, 44L, 45L);
        assertThat(tail.read(MARRIAGE, 40, 100)).extracting(JournalRecord::seq).containsExactly(42L, 45L, 48L, 51L, 54L, 57L, 60L);
        assertThat(tail.read(null, 60, 10)).as("a reader at the head waits").isEmpty();
    }

    @Test
    void forgetsTheOldestRecordsBeyondItsCapacity() {
        JournalTail tail = new JournalTail(10);
        tail.reset(0);
        tail.append(records(1, 25));
        assertThat(tail.read(null, 14, 100)).isNull();
        assertThat(tail.read(null, 15, 100)).extracting(JournalRecord::seq).containsExactly(16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L);
    }

    @Test
    void aGapRestartsTheTailAtTheNewRecords() {
        JournalTail tail = new JournalTail(10);
        tail.reset(0);
        tail.append(records(1, 5));
        tail.append(records(8, 9));
        assertThat(tail.read(null, 5, 10)).isNull();
        assertThat(tail.read(null, 7, 10)).extracting(JournalRecord::seq).containsExactly(8L, 9L);
    }

    @Test
    void aDisabledTailSendsEveryReaderToTheDatabase() {
        JournalTail tail = new JournalTail(0);
        tail.reset(10);
        tail.append(records(11, 12));
        assertThat(tail.read(null, 10, 10)).isNull();
    }
}
