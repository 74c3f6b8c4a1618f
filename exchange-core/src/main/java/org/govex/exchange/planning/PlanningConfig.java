package org.govex.exchange.planning;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** Planning settings ({@code govex.planning.*}). */
@ConfigMapping(prefix = "govex.planning")
public interface PlanningConfig {

    /**
     * How long a provider has to decide an access request, for requests the exchange reports
     * without a due date of its own.
     */
    @WithName("access-decision-deadline")
    @WithDefault("P10D")
    Duration accessDecisionDeadline();

    /** Classpath resource of the demo model (XLSX), loaded by the planning demo step. */
    @WithName("demo-model")
    @WithDefault("demo/planning/hangzhou-planning.xlsx")
    String demoModel();
}
