package org.govex.exchange.security;

/** The roles of DESIGN.md; the constants serve {@code @RolesAllowed}. */
public enum Role {
    PROVIDER, CONSUMER, PLANNER, AUDITOR, ADMIN;

    public static final String PROVIDER_ROLE = "provider";
    public static final String CONSUMER_ROLE = "consumer";
    public static final String PLANNER_ROLE = "planner";
    public static final String AUDITOR_ROLE = "auditor";
    public static final String ADMIN_ROLE = "admin";

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Role parse(String s) {
        return Role.valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
