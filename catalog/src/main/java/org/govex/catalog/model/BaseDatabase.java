package org.govex.catalog.model;

import java.util.Arrays;
import java.util.Locale;

/** The four base databases (四库) a resource may feed, or none. */
public enum BaseDatabase {
    POPULATION("population", "人口基础信息库", "Population"),
    LEGAL_ENTITY("legal-entity", "法人单位基础信息库", "Legal entities"),
    GEOSPATIAL("geospatial", "自然资源和空间地理基础信息库", "Geospatial and natural resources"),
    MACRO_ECONOMY("macro-economy", "宏观经济基础信息库", "Macro-economy"),
    NONE("none", "不属于基础库", "None");

    private final String id;
    private final String labelZh;
    private final String labelEn;

    BaseDatabase(String id, String labelZh, String labelEn) {
        this.id = id;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String id() {
        return id;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Accepts the id ({@code legal-entity}) or the constant name ({@code LEGAL_ENTITY}). */
    public static BaseDatabase parse(String s) {
        if (s == null || s.isBlank()) {
            return NONE;
        }
        String t = s.trim();
        return Arrays.stream(values())
                .filter(b -> b.id.equalsIgnoreCase(t) || b.name().equalsIgnoreCase(t.replace('-', '_')))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown base database '" + s + "'"));
    }

    @Override
    public String toString() {
        return id.toUpperCase(Locale.ROOT);
    }
}
