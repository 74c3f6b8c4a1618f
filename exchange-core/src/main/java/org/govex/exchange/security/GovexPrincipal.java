package org.govex.exchange.security;

import java.util.Set;

/**
 * Who is calling: a department or a system, with the department it acts for
 * ({@code departmentCode}, the provider code in the catalog; null for the bootstrap admin)
 * and its roles.
 */
public record GovexPrincipal(String id, PrincipalKind kind, String name, String departmentCode, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }
}
