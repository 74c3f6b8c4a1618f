package org.govex.schemas.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Fast paths for the two date forms every record carries ({@code 2024-07-01} and
 * {@code 2024-07-01T10:00:00[.fff]+08:00}); anything else falls back to java.time's parsers, so
 * the accepted language is exactly theirs ({@code IsoTimesTest} compares them). DateTimeFormatter
 * parsing is the largest cost of binding a record otherwise.
 */
public final class IsoTimes {

    private IsoTimes() {
    }

    /** As {@link LocalDate#parse(CharSequence)}. */
    public static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = num(s, 0, 4);
            int m = num(s, 5, 7);
            int d = num(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (DateTimeException e) {
                    throw new DateTimeParseException("not a calendar date", s, 0);
                }
            }
        }
        return LocalDate.parse(s);
    }

    /** As {@link OffsetDateTime#parse(CharSequence)}. */
    public static OffsetDateTime dateTime(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T' && s.charAt(13) == ':'
                && s.charAt(16) == ':') {
            int y = num(s, 0, 4);
            int mo = num(s, 5, 7);
            int d = num(s, 8, 10);
            int h = num(s, 11, 13);
            int mi = num(s, 14, 16);
            int sec = num(s, 17, 19);
            int i = 19;
            int nanos = 0;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                    i++;
                }
                int digits = i - start;
                if (digits == 0 || digits > 9) {
                    return OffsetDateTime.parse(s);
                }
                nanos = num(s, start, i);
                for (int k = digits; k < 9; k++) {
                    nanos *= 10;
                }
            }
            ZoneOffset offset = null;
            if (i == n - 1 && s.charAt(i) == 'Z') {
                offset = ZoneOffset.UTC;
            } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
                int oh = num(s, i + 1, i + 3);
                int om = num(s, i + 4, i + 6);
                if (oh >= 0 && oh <= 18 && om >= 0 && om <= 59) {
                    try {
                        int total = oh * 3600 + om * 60;
                        offset = ZoneOffset.ofTotalSeconds(s.charAt(i) == '-' ? -total : total);
                    } catch (DateTimeException e) {
                        throw new DateTimeParseException("bad offset", s, i);
                    }
                }
            }
            if (offset != null && y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && sec >= 0) {
                try {
                    return OffsetDateTime.of(y, mo, d, h, mi, sec, nanos, offset);
                } catch (DateTimeException e) {
                    throw new DateTimeParseException("not a date-time", s, 0);
                }
            }
        }
        return OffsetDateTime.parse(s);
    }

    /** The decimal value of s[from, to) or -1 if a character is not a digit. */
    private static int num(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
