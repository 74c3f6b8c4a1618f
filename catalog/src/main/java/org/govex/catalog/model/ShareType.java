package org.govex.catalog.model;

/** 共享类型 and its DCAT-AP access right (EU access-right authority table). */
public enum ShareType {
    /** 无条件共享 */
    UNCONDITIONAL("无条件共享", "PUBLIC"),
    /** 有条件共享: needs conditions and a legal basis */
    CONDITIONAL("有条件共享", "RESTRICTED"),
    /** 不予共享 */
    NONE("不予共享", "NON_PUBLIC");

    public static final String ACCESS_RIGHT_BASE = "http://publications.europa.eu/resource/authority/access-right/";

    private final String labelZh;
    private final String accessRight;

    ShareType(String labelZh, String accessRight) {
        this.labelZh = labelZh;
        this.accessRight = accessRight;
    }

    public String labelZh() {
        return labelZh;
    }

    public String accessRightIri() {
        return ACCESS_RIGHT_BASE + accessRight;
    }

    public static ShareType fromAccessRight(String iri) {
        for (ShareType t : values()) {
            if (t.accessRightIri().equals(iri)) {
                return t;
            }
        }
        return null;
    }
}
