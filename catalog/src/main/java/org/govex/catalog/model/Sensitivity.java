package org.govex.catalog.model;

/** 敏感级别 of a data item, lowest first; the exchange masks items above a grant's level. */
public enum Sensitivity {
    /** L1 公开 */
    PUBLIC(1),
    /** L2 内部 */
    INTERNAL(2),
    /** L3 敏感 (e.g. personal identifiers) */
    SENSITIVE(3),
    /** L4 高度敏感 (e.g. health, criminal records) */
    HIGHLY_SENSITIVE(4);

    private final int level;

    Sensitivity(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public static Sensitivity ofLevel(int level) {
        for (Sensitivity s : values()) {
            if (s.level == level) {
                return s;
            }
        }
        throw new IllegalArgumentException("sensitivity level must be 1..4, was " + level);
    }
}
