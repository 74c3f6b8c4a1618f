package org.govex.schemas.code;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * GB 11643-1999 citizen identity numbers: 6-digit division (GB/T 2260), 8-digit birth date,
 * 3-digit sequence (odd for men, even for women), ISO 7064 MOD 11-2 check character (0-9, X).
 */
public final class CitizenIds {

    /** Failure kinds; the constraint rule id is {@code CitizenIdNumber.<kind>}. */
    public static final String FORMAT = "format";
    public static final String CHECK_DIGIT = "checkDigit";
    public static final String BIRTH_DATE = "birthDate";
    public static final String DIVISION = "division";

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final LocalDate EARLIEST = LocalDate.of(1880, 1, 1);

    private CitizenIds() {
    }

    /** The check character for the first 17 digits. */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** Null if the number is valid, else the failure kind (checked in the order format, checkDigit, birthDate, division). */
    public static String check(String id, Divisions divisions, LocalDate today) {
        if (id == null || id.length() != 18) {
            return FORMAT;
        }
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return FORMAT;
            }
        }
        char last = id.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return FORMAT;
        }
        if (checkCharacter(id) != last) {
            return CHECK_DIGIT;
        }
        LocalDate birth = birthDate(id);
        if (birth == null || birth.isBefore(EARLIEST) || birth.isAfter(today)) {
            return BIRTH_DATE;
        }
        if (!divisions.isKnown(id.substring(0, 6))) {
            return DIVISION;
        }
        return null;
    }

    /** The embedded birth date, or null if the digits are not a calendar date. */
    public static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(num(id, 6, 4), num(id, 10, 2), num(id, 12, 2));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** GB/T 2261.1 sex code implied by the sequence digit: "1" (odd, male) or "2" (even, female). */
    public static String sexCode(String id) {
        return ((id.charAt(16) - '0') & 1) == 1 ? "1" : "2";
    }

    private static int num(String s, int from, int len) {
        int n = 0;
        for (int i = from; i < from + len; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }
}
