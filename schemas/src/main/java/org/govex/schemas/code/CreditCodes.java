package org.govex.schemas.code;

/**
 * GB 32100-2015 unified social credit codes: registration department (1), organisation category
 * (1), GB/T 2260 division of the registering authority (6), organisation code (9) and a mod-31
 * check character, all from the 31-character set {@code 0-9A-HJ-NPQRTUWXY} (no I, O, S, V, Z).
 */
public final class CreditCodes {

    public static final String FORMAT = "format";
    public static final String CHECK_CHARACTER = "checkCharacter";
    public static final String DIVISION = "division";

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final byte[] VALUE = new byte[128];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            VALUE[CHARSET.charAt(i)] = (byte) i;
        }
    }

    private CreditCodes() {
    }

    private static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }

    /** The check character for the first 17 characters (which must be from the charset). */
    public static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += value(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return CHARSET.charAt(c == 31 ? 0 : c);
    }

    /** Null if the code is valid, else the failure kind. */
    public static String check(String code, Divisions divisions) {
        if (code == null || code.length() != 18) {
            return FORMAT;
        }
        for (int i = 0; i < 18; i++) {
            if (value(code.charAt(i)) < 0) {
                return FORMAT;
            }
        }
        for (int i = 2; i < 8; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return FORMAT;
            }
        }
        if (checkCharacter(code) != code.charAt(17)) {
            return CHECK_CHARACTER;
        }
        if (!divisions.isKnown(code.substring(2, 8))) {
            return DIVISION;
        }
        return null;
    }
}
