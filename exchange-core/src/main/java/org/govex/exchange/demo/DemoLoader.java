package org.govex.exchange.demo;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.CommandLineArguments;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import org.govex.exchange.config.GovexConfig;
import org.govex.exchange.security.ApiKeys;
import org.govex.exchange.security.GovexPrincipal;
import org.govex.exchange.security.PrincipalDirectory;
import org.govex.exchange.security.PrincipalKind;
import org.govex.exchange.state.AppState;
import org.jboss.logging.Logger;

import java.util.Comparator;
import java.util.List;

/** Loads the demo city once, on the first start with {@code govex.demo=true}. */
@ApplicationScoped
public class DemoLoader {

    static final String MARKER = "demo.loaded";
    private static final Logger LOG = Logger.getLogger(DemoLoader.class);

    private final GovexConfig config;
    private final AppState state;
    private final PrincipalDirectory directory;
    private final Instance<DemoStep> steps;
    private final boolean demoArgument;

    public DemoLoader(GovexConfig config, AppState state, PrincipalDirectory directory, Instance<DemoStep> steps,
                      @CommandLineArguments String[] args) {
        this.config = config;
        this.state = state;
        this.directory = directory;
        this.steps = steps;
        this.demoArgument = java.util.Arrays.asList(args).contains("--demo");
    }

    /** {@code govex.demo=true} (GOVEX_DEMO) or the {@code --demo} argument of the runnable jar. */
    boolean demoRequested() {
        return config.demo() || demoArgument;
    }

    void onStart(@Observes @Priority(100) StartupEvent event) {
        if (!demoRequested() || state.get(MARKER).isPresent()) {
            return;
        }
        StringBuilder keys = new StringBuilder("\n  govex demo: Hangzhou (杭州市 330100), API keys (shown once):\n");
        for (DemoDepartment d : DemoCity.DEPARTMENTS) {
            if (directory.find(d.code()).isEmpty()) {
                directory.create(new GovexPrincipal(d.code(), PrincipalKind.DEPARTMENT, d.nameZh(), d.code(), d.roles()));
            }
            ApiKeys.NewKey key = config.demoKeys().fixedPrefix()
                    .map(prefix -> ApiKeys.fixed(prefix + d.code()))
                    .orElseGet(ApiKeys::generate);
            if (!directory.hasKeyHash(key.hash())) {
                directory.addKey(d.code(), key, "demo");
            }
            keys.append(String.format("    %-10s %-16s %s%n", d.code(), d.nameZh(), key.plaintext()));
        }
        List<DemoStep> ordered = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        for (DemoStep step : ordered) {
            long t0 = System.nanoTime();
            step.load();
            LOG.infof("demo step '%s' loaded in %d ms", step.name(), (System.nanoTime() - t0) / 1_000_000);
        }
        state.put(MARKER, java.time.Instant.now().toString());
        System.out.println(keys);
    }
}
