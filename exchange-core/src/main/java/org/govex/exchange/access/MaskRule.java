package org.govex.exchange.access;

import org.govex.exchange.resource.DataItemDefinition;

import java.util.Locale;

/**
 * How a sensitive value is masked: ID numbers keep the division and the last four
 * ({@code 110101********1234}), names keep the surname, phone numbers keep 3 + 4 digits,
 * addresses keep the first six characters, anything else keeps its first and last character.
 */
public enum MaskRule {
    ID_NUMBER, NAME, PHONE, ADDRESS, GENERIC;

    /** The rule for a data item (delivery looks it up once per view: {@link RecordView#compile}). */
    public static MaskRule forItem(DataItemDefinition item) {
        String s = (item.name() + " " + (item.element() == null ? "" : item.element())).toLowerCase(Locale.ROOT);
        if (s.contains("idnumber") || s.contains("身份") || s.contains("certificate")) {
            return ID_NUMBER;
        }
        if (s.contains("phone") || s.contains("mobile") || s.contains("电话") || s.contains("手机")) {
            return PHONE;
        }
        if (s.contains("address") || s.contains("地址") || s.contains("住所")) {
            return ADDRESS;
        }
        if (s.contains("name") || s.contains("姓名") || s.contains("representative")) {
            return NAME;
        }
        return GENERIC;
    }

    /** The masked value; counts characters (code points), so a name in CJK Extension B keeps its surname whole. */
    public String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int n = value.codePointCount(0, value.length());
        return switch (this) {
            case ID_NUMBER -> n <= 10 ? stars(n) : keep(value, n, 6, 4);
            case PHONE -> n <= 7 ? stars(n) : keep(value, n, 3, 4);
            case NAME -> n == 1 ? "*" : keep(value, n, 1, 0);
            case ADDRESS -> n <= 6 ? keep(value, n, Math.min(2, n - 1), 0)
                    : value.substring(0, value.offsetByCodePoints(0, 6)) + "****";
            case GENERIC -> n <= 2 ? stars(n) : keep(value, n, 1, 1);
        };
    }

    /** The first {@code head} and last {@code tail} of {@code n} characters, stars between. */
    private static String keep(String value, int n, int head, int tail) {
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(headEnd, n - head - tail);
        StringBuilder b = new StringBuilder(value.length());
        b.append(value, 0, headEnd);
        for (int i = head + tail; i < n; i++) {
            b.append('*');
        }
        b.append(value, tailStart, value.length());
        return b.toString();
    }

    private static String stars(int n) {
        return "*".repeat(Math.max(0, n));
    }
}
