package org.govex.exchange.testing;

/** API keys of the shared test profile (see application.properties, %test). */
public final class Keys {

    public static final String ADMIN = "test-admin-key-0123456789";

    private Keys() {
    }

    /** The demo key of a department, e.g. {@code department("hz-gaj")}. */
    public static String department(String code) {
        return "test-key-" + code;
    }

    public static String bearer(String key) {
        return "Bearer " + key;
    }
}
