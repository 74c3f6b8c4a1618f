package org.govex.catalog.planning;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.govex.catalog.planning.io.ModelFormat;
import org.govex.catalog.planning.io.ModelJson;
import org.govex.catalog.planning.model.LoadMode;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.facts.PlanningFacts;
import org.govex.catalog.planning.store.PlanningStore;
import org.govex.schemas.error.GovexException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanningStoreTest {

    private final Dataset dataset = DatasetFactory.createTxnMem();
    private final PlanningService service = new PlanningService(new PlanningStore(org.govex.catalog.store.CatalogStore.local(dataset)), PlanningFacts.NONE,
            Clock.systemUTC(), Duration.ofDays(10));

    @Test
    void replaceThenMergeThenARejectedMergeLeavesTheModelAsItWas() {
        byte[] json = ModelJson.write(Fixtures.model()).toString().getBytes(StandardCharsets.UTF_8);
        PlanningService.LoadResult first = service.load(ModelFormat.JSON, new ByteArrayInputStream(json), LoadMode.REPLACE);
        assertThat(first.model().processes()).isEqualTo(6);
        assertThat(service.model()).isEqualTo(Fixtures.model());

        String more = """
                {"processes": [{"code": "P-MZ-HY-02", "name": "离婚登记", "domain": "D-MZ-HY"}],
                 "relations": [{"process": "P-MZ-HY-02", "dataClass": "DC-RK-HYXX", "usage": "C"},
                               {"process": "P-GA-HJ-01", "dataClass": "DC-RK-HYXX", "usage": "C"}]}""";
        PlanningService.LoadResult merged = service.load(ModelFormat.JSON, bytes(more), LoadMode.MERGE);
        assertThat(merged.revision()).isEqualTo(first.revision() + 1);
        assertThat(merged.model().processes()).isEqualTo(7);
        PlanningModel m = service.model();
        // the merged cell replaced P-GA-HJ-01 × DC-RK-HYXX (was U)
        assertThat(m.relations()).filteredOn(r -> r.processCode().equals("P-GA-HJ-01") && r.dataClassCode().equals("DC-RK-HYXX"))
                .singleElement().extracting(r -> r.usage().name()).isEqualTo("C");

        String bad = """
                {"processes": [{"code": "P-MZ-HY-03", "name": "补领结婚证", "domain": "D-MZ-NOPE"}]}""";
        assertThatThrownBy(() -> service.load(ModelFormat.JSON, bytes(bad), LoadMode.MERGE))
                .isInstanceOf(GovexException.class)
                .satisfies(e -> assertThat(((GovexException) e).violations()).singleElement()
                        .satisfies(v -> assertThat(v.field()).isEqualTo("/processes/0/domain")));
        assertThat(service.model()).isEqualTo(m);
        assertThat(new PlanningStore(org.govex.catalog.store.CatalogStore.local(dataset)).revision().revision()).isEqualTo(merged.revision());
    }

    @Test
    void sparqlSeesTheModelInItsNamedGraph() {
        service.load(ModelFormat.JSON, bytes(ModelJson.write(Fixtures.model()).toString()), LoadMode.REPLACE);
        List<String> creators = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            String q = """
                    PREFIX plan: <https://govex.org/ns/planning#>
                    SELECT ?dept WHERE { GRAPH <https://govex.org/graph/planning> {
                      ?p plan:creates/plan:code "DC-RK-JBXX" ; plan:domain/plan:department/plan:code ?dept } }
                    ORDER BY ?dept""";
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(q).build()) {
                qe.execSelect().forEachRemaining(s -> creators.add(s.getLiteral("dept").getString()));
            }
        });
        assertThat(creators).containsExactly("hz-gaj", "hz-rsj");
    }

    private static ByteArrayInputStream bytes(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
