package org.govex.catalog.service;

/**
 * Who is reading, for visibility: published entries are visible to every key; drafts only to
 * their provider and to admins.
 */
public record Viewer(String departmentCode, boolean admin) {

    public static final Viewer ADMIN = new Viewer(null, true);
    public static final Viewer ANYONE = new Viewer(null, false);

    public static Viewer department(String code) {
        return new Viewer(code, false);
    }

    public boolean mayEdit(String providerCode) {
        return admin || (departmentCode != null && departmentCode.equals(providerCode));
    }
}
