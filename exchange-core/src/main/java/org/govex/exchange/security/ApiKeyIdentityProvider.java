package org.govex.exchange.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Resolves an API key to its principal and roles (a blocking database lookup). */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    public static final String PRINCIPAL_ATTRIBUTE = "govex.principal";

    private final PrincipalDirectory directory;

    public ApiKeyIdentityProvider(PrincipalDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String key = request.getToken().getToken();
        return context.runBlocking(() -> {
            GovexPrincipal p = directory.authenticate(key)
                    .orElseThrow(() -> new AuthenticationFailedException("unknown or revoked API key"));
            QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(p.id()))
                    .addAttribute(PRINCIPAL_ATTRIBUTE, p);
            p.roles().forEach(r -> b.addRole(r.id()));
            return b.build();
        });
    }
}
