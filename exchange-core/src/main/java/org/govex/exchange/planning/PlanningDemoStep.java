package org.govex.exchange.planning;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.catalog.planning.PlanningService;
import org.govex.catalog.planning.io.ModelFormat;
import org.govex.catalog.planning.model.LoadMode;
import org.govex.exchange.demo.DemoStep;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads the Hangzhou planning model (the same XLSX a planner can PUT) when no model is stored yet. */
@ApplicationScoped
public class PlanningDemoStep implements DemoStep {

    private static final Logger LOG = Logger.getLogger(PlanningDemoStep.class);

    private final PlanningService planning;
    private final PlanningConfig config;

    public PlanningDemoStep(PlanningService planning, PlanningConfig config) {
        this.planning = planning;
        this.config = config;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String name() {
        return "planning";
    }

    @Override
    public void load() {
        if (!planning.model().isEmpty()) {
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.demoModel())) {
            if (in == null) {
                throw new IllegalStateException("demo planning model " + config.demoModel() + " is not on the classpath");
            }
            PlanningService.LoadResult r = planning.load(ModelFormat.XLSX, in, LoadMode.REPLACE);
            LOG.infof("demo planning model: %d processes, %d data classes, %d cells", r.model().processes(),
                    r.model().dataClasses(), r.model().cells());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
