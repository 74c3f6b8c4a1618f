package org.govex.exchange.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.govex.exchange.config.GovexConfig;
import org.jboss.logging.Logger;

import java.util.Set;

/**
 * First start: creates the {@code admin} principal and its key — the one from
 * GOVEX_ADMIN_API_KEY, or a generated one printed once. A configured key is (re)registered on
 * every start, so an operator can always get in with it.
 */
@ApplicationScoped
public class AdminBootstrap {

    public static final String ADMIN_ID = "admin";
    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    private final PrincipalDirectory directory;
    private final GovexConfig config;

    public AdminBootstrap(PrincipalDirectory directory, GovexConfig config) {
        this.directory = directory;
        this.config = config;
    }

    void onStart(@Observes @Priority(10) StartupEvent event) {
        boolean first = directory.find(ADMIN_ID).isEmpty();
        if (first) {
            directory.create(new GovexPrincipal(ADMIN_ID, PrincipalKind.SYSTEM, "govex administrator", null,
                    Set.of(Role.ADMIN)));
        }
        if (config.adminApiKey().isPresent()) {
            ApiKeys.NewKey key = ApiKeys.fixed(config.adminApiKey().get());
            if (!directory.hasKeyHash(key.hash())) {
                directory.addKey(ADMIN_ID, key, "from GOVEX_ADMIN_API_KEY");
                LOG.info("admin API key registered from GOVEX_ADMIN_API_KEY");
            }
        } else if (first) {
            ApiKeys.NewKey key = ApiKeys.generate();
            directory.addKey(ADMIN_ID, key, "generated at first start");
            System.out.println("\n  govex admin API key (shown once, store it now): " + key.plaintext() + "\n");
        }
    }
}
