package org.govex.catalog.planning;

import org.govex.catalog.StoreKind;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.io.ModelFormat;
import org.govex.catalog.planning.io.ModelJson;
import org.govex.catalog.planning.model.LoadMode;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.store.PlanningStore;
import org.govex.catalog.store.CatalogStore;
import org.govex.schemas.error.GovexException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The planning graph behaves the same in an embedded TDB2 directory and in a real Fuseki server. */
class PlanningStoreKindsTest {

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void replaceMergeAndRefusalOnEveryStore(StoreKind kind) {
        CatalogStore store = kind.store();
        PlanningService service = new PlanningService(new PlanningStore(store), PlanningFacts.NONE, Clock.systemUTC(),
                Duration.ofDays(10));
        service.load(ModelFormat.JSON, json(ModelJson.write(Fixtures.model()).toString()), LoadMode.REPLACE);
        assertThat(service.model()).isEqualTo(Fixtures.model());

        service.load(ModelFormat.JSON, json("""
                {"activities": [{"code": "P-GA-HJ-01-02", "name": "户口登记审核", "process": "P-GA-HJ-01"}]}"""), LoadMode.MERGE);
        PlanningModel merged = service.model();
        assertThat(merged.activities()).hasSize(2);
        assertThat(merged.processes()).isEqualTo(Fixtures.model().processes());

        assertThatThrownBy(() -> service.load(ModelFormat.JSON, json("""
                {"relations": [{"process": "P-GA-HJ-01", "dataClass": "DC-RK-XXXX", "usage": "U"}]}"""), LoadMode.MERGE))
                .isInstanceOf(GovexException.class);
        assertThat(service.model()).isEqualTo(merged);

        // a planner's catalog SPARQL sees the graph beside the catalog's graphs
        assertThat(store.ask("""
                PREFIX plan: <https://govex.org/ns/planning#>
                ASK { GRAPH <https://govex.org/graph/planning> { ?p plan:creates/plan:name "婚姻登记信息" } }""")).isTrue();
    }

    private static ByteArrayInputStream json(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
