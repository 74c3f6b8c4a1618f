package org.govex.exchange.ops;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.camel.CamelContext;
import org.apache.camel.quarkus.core.CamelRuntime;

/**
 * Starts Camel. Camel Quarkus starts its runtime by itself only when the application has no
 * {@code @QuarkusMain} and runs its main; tests never run a main, so the
 * routes are started here, early (before the demo loader, whose steps may publish records).
 */
@ApplicationScoped
public class CamelStartup {

    private final CamelContext context;
    private final CamelRuntime runtime;

    public CamelStartup(CamelContext context, CamelRuntime runtime) {
        this.context = context;
        this.runtime = runtime;
    }

    void start(@Observes @Priority(10) StartupEvent event) {
        if (!context.isStarted()) {
            runtime.start(new String[0]);
        }
    }
}
