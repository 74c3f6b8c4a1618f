package org.govex.exchange.demo;

import org.govex.exchange.security.Role;

import java.util.Set;

/**
 * A department of the demo city: its principal id doubles as its provider code in the catalog.
 */
public record DemoDepartment(String code, String nameZh, String nameEn, Set<Role> roles) {
}
