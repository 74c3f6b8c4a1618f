package org.govex.exchange.access;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {

    // National Day 2026: 1-7 October off, with the weekend days 2026-09-27 (Sun) and 2026-10-10 (Sat) worked (example calendar)
    private final WorkingDays calendar = new WorkingDays(
            Set.of(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-02"), LocalDate.parse("2026-10-05"),
                    LocalDate.parse("2026-10-06"), LocalDate.parse("2026-10-07")),
            Set.of(LocalDate.parse("2026-09-27"), LocalDate.parse("2026-10-10")));

    @Test
    void tenWorkingDaysFromAMondaySpanTwoWeekends() {
        // Monday 2026-11-02 + 10 working days = Monday 2026-11-16
        assertThat(calendar.plus(LocalDate.parse("2026-11-02"), 10)).isEqualTo(LocalDate.parse("2026-11-16"));
    }

    @Test
    void aFridayRequestCountsFromTheNextMonday() {
        assertThat(calendar.plus(LocalDate.parse("2026-11-06"), 1)).isEqualTo(LocalDate.parse("2026-11-09"));
    }

    @Test
    void holidaysAreSkippedAndWorkedWeekendsCount() {
        // from Friday 2026-09-25: Sun 27 worked (1), Mon 28 (2), Tue 29 (3), Wed 30 (4), 1-7 Oct off,
        // Thu 8 (5), Fri 9 (6), Sat 10 worked (7), Mon 12 (8), Tue 13 (9), Wed 14 (10)
        assertThat(calendar.plus(LocalDate.parse("2026-09-25"), 10)).isEqualTo(LocalDate.parse("2026-10-14"));
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
    }
}
