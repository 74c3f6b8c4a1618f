package org.govex.schemas.code;

/** Statistical reference periods: {@code 2024} (A), {@code 2024-Q3} (Q), {@code 2024-07} (M). */
public final class Periods {

    private Periods() {
    }

    /** The frequency code the period is written in, or null if it is not a valid period. */
    public static String frequencyOf(String p) {
        if (p == null || p.length() < 4 || !digits(p, 0, 4) || p.charAt(0) == '0') {
            return null;
        }
        if (p.length() == 4) {
            return "A";
        }
        if (p.length() == 7 && p.charAt(4) == '-') {
            if (p.charAt(5) == 'Q' && p.charAt(6) >= '1' && p.charAt(6) <= '4') {
                return "Q";
            }
            if (digits(p, 5, 7)) {
                int m = (p.charAt(5) - '0') * 10 + (p.charAt(6) - '0');
                return m >= 1 && m <= 12 ? "M" : null;
            }
        }
        return null;
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
