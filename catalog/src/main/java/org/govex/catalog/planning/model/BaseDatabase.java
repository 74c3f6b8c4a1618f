package org.govex.catalog.planning.model;

import java.util.Locale;
import java.util.Optional;

/** The four base databases (四库); departmental data has none. */
public enum BaseDatabase {
    POPULATION("population", "人口"),
    LEGAL_ENTITY("legal-entity", "法人单位"),
    GEOSPATIAL("geospatial", "空间地理"),
    MACRO_ECONOMY("macro-economy", "宏观经济");

    private final String id;
    private final String nameZh;

    BaseDatabase(String id, String nameZh) {
        this.id = id;
        this.nameZh = nameZh;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Reads the id, the enum name or the Chinese name (人口库 too); empty for blank or unknown. */
    public static Optional<BaseDatabase> parse(String s) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.trim();
        for (BaseDatabase b : values()) {
            if (b.id.equalsIgnoreCase(t) || b.name().equalsIgnoreCase(t.replace('-', '_'))
                    || b.nameZh.equals(t) || (b.nameZh + "库").equals(t)
                    || t.toLowerCase(Locale.ROOT).endsWith("/" + b.id)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
