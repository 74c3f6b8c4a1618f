package org.govex.catalog.model;

/** 更新周期, mapped to the EU frequency authority table used by DCAT-AP. */
public enum UpdateCycle {
    REALTIME("实时", "CONT"),
    DAILY("每日", "DAILY"),
    WEEKLY("每周", "WEEKLY"),
    MONTHLY("每月", "MONTHLY"),
    QUARTERLY("每季度", "QUARTERLY"),
    ANNUAL("每年", "ANNUAL"),
    IRREGULAR("不定期", "IRREG"),
    NEVER("不更新", "NEVER");

    public static final String FREQUENCY_BASE = "http://publications.europa.eu/resource/authority/frequency/";

    private final String labelZh;
    private final String frequency;

    UpdateCycle(String labelZh, String frequency) {
        this.labelZh = labelZh;
        this.frequency = frequency;
    }

    public String labelZh() {
        return labelZh;
    }

    public String frequencyIri() {
        return FREQUENCY_BASE + frequency;
    }

    public static UpdateCycle fromFrequency(String iri) {
        for (UpdateCycle c : values()) {
            if (c.frequencyIri().equals(iri)) {
                return c;
            }
        }
        if (iri != null && iri.startsWith(FREQUENCY_BASE)) {
            return switch (iri.substring(FREQUENCY_BASE.length())) {
                case "UPDATE_CONT", "CONT" -> REALTIME;
                case "ANNUAL_2", "ANNUAL_3", "BIENNIAL", "TRIENNIAL" -> ANNUAL;
                case "BIWEEKLY", "WEEKLY_2", "WEEKLY_3" -> WEEKLY;
                case "BIMONTHLY", "MONTHLY_2", "MONTHLY_3" -> MONTHLY;
                case "DAILY_2", "HOURLY" -> DAILY;
                default -> IRREGULAR;
            };
        }
        return null;
    }
}
