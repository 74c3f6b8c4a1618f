package org.govex.catalog;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.rdf.HidingQuery;
import org.govex.catalog.rdf.Sparql;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.store.CatalogStore;
import org.govex.schemas.error.GovexException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A query rewritten to hide a draft, sent as text to the store (on Fuseki as the hub's /sparql
 * sends it): the draft's description, data items, observations and graph are gone in every query
 * shape; without the rewrite the same queries see them.
 */
class HidingQueryTest {

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aHiddenDraftIsInvisibleToEveryQueryShape(StoreKind kind) {
        CatalogService catalog = kind.service();
        String draft = TestResources.uniqueCode("101004");
        String published = TestResources.uniqueCode("101004");
        catalog.create(TestResources.population(draft).title("滨江区流动人口居住登记信息（草稿）", "Binjiang residence registration draft")
                .build(), "hz-gaj");
        catalog.create(TestResources.population(published).status(ResourceStatus.PUBLISHED).relatedResources(List.of(draft)).build(), "hz-gaj");
        catalog.recordObservation(draft, Instant.parse("2024-05-01T00:00:00Z"), 4_321, 2);
        CatalogStore store = catalog.store();
        Set<String> hidden = Set.of(draft);
        String d = "<" + CatalogIris.resource(draft) + ">";

        String titles = "SELECT ?s ?t WHERE { GRAPH ?g { ?s dct:title ?t ; dct:identifier ?id } FILTER(?id IN (\"" + draft + "\", \"" + published + "\")) }";
        assertThat(column(store, titles, Set.of(), "t")).contains("滨江区流动人口居住登记信息（草稿）", "西湖区户籍迁移登记信息");
        assertThat(column(store, titles, hidden, "t")).contains("西湖区户籍迁移登记信息").doesNotContain("滨江区流动人口居住登记信息（草稿）");

        // SELECT * keeps its columns; a blank node subject; the draft's data items by a path
        String star = "SELECT * WHERE { GRAPH ?g { [] dct:identifier ?id } FILTER(?id = \"" + draft + "\") }";
        assertThat(column(store, star, Set.of(), "id")).containsExactly(draft);
        assertThat(column(store, star, hidden, "id")).isEmpty();
        assertThat(QueryFactory.create(HidingQuery.hide(QueryFactory.create(Sparql.PREFIXES + star), hidden).serialize()).getResultVars())
                .containsExactlyInAnyOrder("g", "id");
        String items = "SELECT ?l WHERE { GRAPH ?g { ?x dct:identifier \"" + draft + "\" ; govex:dataItem/skos:prefLabel ?l } }";
        assertThat(column(store, items, Set.of(), "l")).contains("公民身份号码");
        assertThat(column(store, items, hidden, "l")).isEmpty();
        // from the published entry across its relation, and backwards with an inverse path
        String across = "SELECT ?t WHERE { GRAPH ?g { <" + CatalogIris.resource(published) + "> dct:relation ?r } GRAPH ?h { ?r dct:title ?t } }";
        assertThat(column(store, across, Set.of(), "t")).isNotEmpty();
        assertThat(column(store, across, hidden, "t")).isEmpty();
        String inverse = "SELECT ?n WHERE { GRAPH ?g { ?i ^govex:dataItem " + d + " ; govex:itemName ?n } }";
        assertThat(column(store, inverse, Set.of(), "n")).contains("idNumber");
        assertThat(column(store, inverse, hidden, "n")).isEmpty();

        // observations of the draft, its graph name, EXISTS, ASK, DESCRIBE, a sub-select
        String observed = "SELECT ?n WHERE { GRAPH ?g { " + d + " govex:recordCount ?n } }";
        assertThat(column(store, observed, Set.of(), "n")).containsExactly("4321");
        assertThat(column(store, observed, hidden, "n")).isEmpty();
        String graphs = "SELECT ?g WHERE { GRAPH ?g { } FILTER(CONTAINS(STR(?g), \"" + draft + "\")) }";
        assertThat(column(store, graphs, Set.of(), "g")).isNotEmpty();
        assertThat(column(store, graphs, hidden, "g")).isEmpty();
        String exists = "SELECT ?id WHERE { GRAPH ?g { ?s dct:identifier ?id } FILTER(?id = \"" + published + "\")"
                + " FILTER EXISTS { GRAPH ?h { ?x dct:identifier \"" + draft + "\" } } }";
        assertThat(column(store, exists, Set.of(), "id")).containsExactly(published);
        assertThat(column(store, exists, hidden, "id")).isEmpty();
        String sub = "SELECT ?t WHERE { { SELECT ?t WHERE { GRAPH ?g { ?s dct:title ?t } } } FILTER(CONTAINS(?t, \"滨江区流动人口\")) }";
        assertThat(column(store, sub, Set.of(), "t")).isNotEmpty();
        assertThat(column(store, sub, hidden, "t")).isEmpty();
        assertThat(store.ask(rewritten("ASK { GRAPH ?g { " + d + " ?p ?o } }", Set.of()))).isTrue();
        assertThat(store.ask(rewritten("ASK { GRAPH ?g { " + d + " ?p ?o } }", hidden))).isFalse();
        assertThat(store.ask(rewritten("ASK { GRAPH <https://govex.org/graph/resource/" + draft + "> { ?s ?p ?o } }", hidden))).isFalse();
        // DESCRIBE, over a store whose default graph holds the entries (a union default graph)
        Model union = org.apache.jena.rdf.model.ModelFactory.createDefaultModel()
                .add(org.govex.catalog.rdf.ResourceMapper.toModel(catalog.get(draft)))
                .add(org.govex.catalog.rdf.ResourceMapper.toModel(catalog.get(published)));
        for (String describe : List.of("DESCRIBE ?r WHERE { <" + CatalogIris.resource(published) + "> dct:relation ?r }", "DESCRIBE " + d)) {
            assertThat(describe(union, describe, Set.of()).containsResource(union.getResource(CatalogIris.resource(draft)))).isTrue();
            assertThat(describe(union, describe, hidden).containsResource(union.getResource(CatalogIris.resource(draft)))).isFalse();
        }

        // what could reach hidden triples without a subject to filter is refused
        assertThatThrownBy(() -> rewritten("SELECT ?t WHERE { GRAPH ?g { ?s dct:relation+ ?t } }", hidden)).isInstanceOf(GovexException.class);
        assertThatThrownBy(() -> rewritten("SELECT * WHERE { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }", hidden))
                .isInstanceOf(GovexException.class);
    }

    private static Model describe(Model data, String query, Set<String> hidden) {
        try (var qe = org.apache.jena.query.QueryExecution.model(data).query(rewritten(query, hidden)).build()) {
            return qe.execDescribe();
        }
    }

    private static String rewritten(String query, Set<String> hidden) {
        Query q = HidingQuery.hide(QueryFactory.create(Sparql.PREFIXES + query), hidden);
        return q.serialize();
    }

    private static List<String> column(CatalogStore store, String query, Set<String> hidden, String var) {
        return store.select(rewritten(query, hidden), rs -> {
            List<String> out = new ArrayList<>();
            rs.forEachRemaining(s -> out.add(s.get(var).isLiteral() ? s.getLiteral(var).getLexicalForm() : s.get(var).toString()));
            return out;
        });
    }
}
