package org.govex.schemas.record;

/** The four base databases (四库) of the e-government model. */
public enum BaseDatabase {
    POPULATION("population", "人口基础信息库", "Population"),
    LEGAL_ENTITY("legal-entity", "法人单位基础信息库", "Legal entities"),
    GEOSPATIAL("geospatial", "自然资源和空间地理基础信息库", "Geospatial and natural resources"),
    MACRO_ECONOMY("macro-economy", "宏观经济基础信息库", "Macro-economy");

    private final String id;
    private final String nameZh;
    private final String nameEn;

    BaseDatabase(String id, String nameZh, String nameEn) {
        this.id = id;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String id() {
        return id;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
