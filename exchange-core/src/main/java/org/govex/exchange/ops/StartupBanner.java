package org.govex.exchange.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.govex.exchange.config.GovexConfig;

/** Tells the operator where to look once the hub is up. */
@ApplicationScoped
public class StartupBanner {

    private final GovexConfig config;
    private final int port;

    public StartupBanner(GovexConfig config, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.config = config;
        this.port = port;
    }

    void onStart(@Observes @Priority(10_000) StartupEvent event) {
        String base = "http://localhost:" + port;
        System.out.println("""

                  govex hub is up — data in %s
                    API        %s/api/v1/catalog/resources
                    OpenAPI    %s/q/swagger-ui
                    health     %s/q/health/ready
                    metrics    %s/q/metrics
                """.formatted(config.dataDir().toAbsolutePath().normalize(), base, base, base, base));
    }
}
