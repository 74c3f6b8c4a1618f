package org.govex.exchange.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.govex.schemas.error.GovexException;

/**
 * The caller of the current request, for checks that roles alone cannot express:
 * "providers edit only their own department's resources", "an admin may act for any department".
 */
@RequestScoped
public class CurrentPrincipal {

    private final SecurityIdentity identity;

    public CurrentPrincipal(SecurityIdentity identity) {
        this.identity = identity;
    }

    public GovexPrincipal get() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return identity.getAttribute(ApiKeyIdentityProvider.PRINCIPAL_ATTRIBUTE);
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }

    /** Passes when the caller belongs to the department or is an admin; else 403. */
    public void requireDepartment(String departmentCode) {
        GovexPrincipal p = get();
        if (!p.isAdmin() && (p.departmentCode() == null || !p.departmentCode().equals(departmentCode))) {
            throw GovexException.forbidden("Principal '" + p.id() + "' does not act for department '" + departmentCode + "'");
        }
    }

    public boolean actsFor(String departmentCode) {
        if (identity.isAnonymous()) {
            return false;
        }
        GovexPrincipal p = get();
        return p.isAdmin() || (p.departmentCode() != null && p.departmentCode().equals(departmentCode));
    }
}
