package org.govex.schemas.validation;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast paths accept exactly what java.time's ISO parsers accept, and give the same values. */
class IsoTimesTest {

    @Test
    void commonFormsOfRecordsAreRead() {
        assertThat(IsoTimes.date("1985-12-12")).isEqualTo(LocalDate.of(1985, 12, 12));
        assertThat(IsoTimes.dateTime("2026-11-20T09:30:00+08:00"))
                .isEqualTo(OffsetDateTime.of(2026, 11, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8)));
        assertThat(IsoTimes.dateTime("2026-11-20T01:30:00.125Z"))
                .isEqualTo(OffsetDateTime.of(2026, 11, 20, 1, 30, 0, 125_000_000, ZoneOffset.UTC));
        // forms outside the fast path still go through java.time
        assertThat(IsoTimes.dateTime("2026-11-20T09:30+08:00")).isEqualTo(OffsetDateTime.parse("2026-11-20T09:30+08:00"));
    }

    @Test
    void impossibleValuesAreRefusedAsParseErrors() {
        assertThatThrownBy(() -> IsoTimes.date("2023-02-29")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTimes.dateTime("2026-11-20T24:00:00+08:00")).isInstanceOf(DateTimeParseException.class);
        // an offset's minutes run to 59: +08:60 is not 09:00
        assertThatThrownBy(() -> IsoTimes.dateTime("2026-11-20T09:30:00+08:60")).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoTimes.dateTime("2026-11-20T09:30:00+19:00")).isInstanceOf(DateTimeParseException.class);
    }

    @Property(tries = 3000)
    void datesAgreeWithLocalDateParse(@ForAll("dates") String s) {
        assertSameOutcome(s, IsoTimes::date, LocalDate::parse);
    }

    @Property(tries = 3000)
    void dateTimesAgreeWithOffsetDateTimeParse(@ForAll("dateTimes") String s) {
        assertSameOutcome(s, IsoTimes::dateTime, OffsetDateTime::parse);
    }

    private static <T> void assertSameOutcome(String s, Function<String, T> fast, Function<String, T> reference) {
        Object expected;
        try {
            expected = reference.apply(s);
        } catch (DateTimeParseException e) {
            expected = DateTimeParseException.class;
        }
        Object actual;
        try {
            actual = fast.apply(s);
        } catch (DateTimeParseException e) {
            actual = DateTimeParseException.class;
        }
        assertThat(actual).as(s).isEqualTo(expected);
    }

    /** Two digits, mostly plausible, sometimes out of range or not digits. */
    private static Arbitrary<String> field(int max) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, max).map(i -> String.format("%02d", i)),
                Arbitraries.integers().between(0, 99).map(i -> String.format("%02d", i)),
                Arbitraries.strings().withChars("0123456789x-+: ").ofLength(2));
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> year = Arbitraries.oneOf(Arbitraries.integers().between(0, 9999).map(i -> String.format("%04d", i)),
                Arbitraries.strings().withChars("0123456789x+").ofLength(4));
        return Combinators.combine(year, field(12), field(31), Arbitraries.of("-", "-", "/"))
                .as((y, m, d, sep) -> y + sep + m + "-" + d);
    }

    @Provide
    Arbitrary<String> dateTimes() {
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("."),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10).map(f -> "." + f));
        Arbitrary<String> offset = Arbitraries.oneOf(Arbitraries.of("Z", "z", "+08:00", "-05:30", "+00:00", "-00:00", "+18:00",
                "+18:30", "+19:00", "+08:60", "+0800", "+08:00:00", "", "+8:00"),
                Combinators.combine(Arbitraries.of("+", "-"), field(18), field(59)).as((sign, h, m) -> sign + h + ":" + m));
        Arbitrary<String> time = Combinators.combine(field(23), field(59), field(59), Arbitraries.of("T", "T", "t", " "))
                .as((h, m, s, t) -> t + h + ":" + m + ":" + s);
        return Combinators.combine(dates(), time, fraction, offset).as((d, t, f, o) -> d + t + f + o);
    }
}
