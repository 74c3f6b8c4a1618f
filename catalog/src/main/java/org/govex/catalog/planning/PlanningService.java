package org.govex.catalog.planning;

import org.govex.catalog.planning.analysis.CoverageAnalysis;
import org.govex.catalog.planning.analysis.CoverageReport;
import org.govex.catalog.planning.analysis.FreshnessAnalysis;
import org.govex.catalog.planning.analysis.FreshnessReport;
import org.govex.catalog.planning.analysis.ModelSummary;
import org.govex.catalog.planning.analysis.PlanningReport;
import org.govex.catalog.planning.analysis.SharingAnalysis;
import org.govex.catalog.planning.analysis.SharingReport;
import org.govex.catalog.planning.analysis.SubjectAreaClustering;
import org.govex.catalog.planning.analysis.SubjectAreas;
import org.govex.catalog.planning.analysis.UcMatrix;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.facts.ResourceFact;
import org.govex.catalog.planning.io.ModelFormat;
import org.govex.catalog.planning.model.LoadMode;
import org.govex.catalog.planning.model.ModelBuilder;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.store.PlanningStore;

import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Planning in one place: load the model into the store, and run the analyses against the stored
 * model and the facts the catalog and the exchange report.
 */
public final class PlanningService {

    /** What a load did. */
    public record LoadResult(LoadMode mode, long revision, Instant modified, ModelSummary loaded, ModelSummary model) {
    }

    private final PlanningStore store;
    private final PlanningFacts facts;
    private final Clock clock;
    private final Duration decisionDeadline;

    public PlanningService(PlanningStore store, PlanningFacts facts, Clock clock, Duration decisionDeadline) {
        this.store = store;
        this.facts = facts;
        this.clock = clock;
        this.decisionDeadline = decisionDeadline;
    }

    /** Reads, checks and stores a model; on any problem nothing is stored and every problem is reported. */
    public LoadResult load(ModelFormat format, InputStream in, LoadMode mode) {
        ModelBuilder builder = format.read(in);
        PlanningModel[] loaded = new PlanningModel[1];
        PlanningStore.Revision rev = store.save(mode, base -> loaded[0] = builder.build(base));
        return new LoadResult(mode, rev.revision(), rev.modified(), ModelSummary.of(loaded[0]), ModelSummary.of(store.load()));
    }

    public PlanningModel model() {
        return store.load();
    }

    public UcMatrix matrix() {
        return new UcMatrix(store.load());
    }

    public CoverageReport coverage() {
        return CoverageAnalysis.analyse(matrix(), facts.publishedResources(), facts.conflicts());
    }

    public FreshnessReport freshness() {
        return FreshnessAnalysis.analyse(facts.publishedResources(), clock.instant());
    }

    public SharingReport sharing() {
        return SharingAnalysis.analyse(facts.publishedResources(), facts.pendingAccessRequests(), clock.instant(), decisionDeadline);
    }

    public SubjectAreas subjectAreas() {
        return SubjectAreaClustering.cluster(matrix());
    }

    /** Every analysis over one read of the model and the facts. */
    public PlanningReport report() {
        return report(matrix());
    }

    public PlanningReport report(UcMatrix m) {
        Instant now = clock.instant();
        String version = facts.catalogVersion();
        List<ResourceFact> published = facts.publishedResources();
        PlanningStore.Revision rev = store.revision();
        return new PlanningReport(now, version, rev.revision(), rev.modified(), ModelSummary.of(m.model()),
                CoverageAnalysis.analyse(m, published, facts.conflicts()),
                FreshnessAnalysis.analyse(published, now),
                SharingAnalysis.analyse(published, facts.pendingAccessRequests(), now, decisionDeadline),
                SubjectAreaClustering.cluster(m));
    }
}
