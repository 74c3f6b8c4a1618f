package org.govex.schemas.code;

/**
 * A GB/T 2260 administrative division: six-digit code, name, level and parent code (null for a
 * province). A historical division was abolished in {@code abolished} and continues as
 * {@code successor}; it is still accepted inside ID numbers and credit codes.
 */
public record Division(String code, String name, Level level, String parentCode,
                       Integer abolished, String successor) {

    public enum Level { PROVINCE, CITY, COUNTY }

    public boolean historical() {
        return abolished != null;
    }
}
