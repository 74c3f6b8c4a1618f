package org.govex.catalog.planning.analysis;

import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.model.Usage;

/** How big a model is. */
public record ModelSummary(int departments, int domains, int processes, int activities, int dataClasses,
                           int cells, int creations, int uses, int mappings) {

    public static ModelSummary of(PlanningModel m) {
        int c = (int) m.relations().stream().filter(r -> r.usage() == Usage.C).count();
        return new ModelSummary(m.departments().size(), m.domains().size(), m.processes().size(), m.activities().size(),
                m.dataClasses().size(), m.relations().size(), c, m.relations().size() - c, m.mappings().size());
    }
}
