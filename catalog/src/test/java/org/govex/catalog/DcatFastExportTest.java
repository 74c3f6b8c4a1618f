package org.govex.catalog;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.govex.catalog.dcat.CatalogDescription;
import org.govex.catalog.dcat.DcatExporter;
import org.govex.catalog.dcat.ExportSelection;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.shacl.CatalogShapes;
import org.govex.catalog.vocab.DCAT3;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast Turtle export (entries' blocks stored in the search index) says exactly what the export
 * read from the store says, for the same selection — also after an update, a provider's rename, a
 * withdrawal, and a change another node made to a shared store behind this node's index.
 */
class DcatFastExportTest {

    private static final CatalogDescription HANGZHOU = new CatalogDescription("http://localhost:8080",
            "杭州市政务信息资源目录", "Hangzhou catalog", "hz");

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void fastExportIsTheStoreExportAfterEveryKindOfChange(StoreKind kind) {
        CatalogService catalog = kind.newService();
        String provider = "hz-fast" + Math.abs(System.nanoTime() % 100_000);
        catalog.registerProvider(new Provider(provider, "杭州市大数据资源管理局", null, "hz", "330100", Provider.Level.DEPARTMENT));
        String a = TestResources.uniqueCode("101004");
        String b = TestResources.uniqueCode("102003");
        String c = TestResources.uniqueCode("101004");
        String draft = TestResources.uniqueCode("101004");
        catalog.createAll(List.of(
                TestResources.population(a).providerCode(provider).status(ResourceStatus.PUBLISHED)
                        .modified(Instant.parse("2021-03-01T08:00:00Z")).build(),
                TestResources.socialOrganisations(b).status(ResourceStatus.PUBLISHED)
                        .modified(Instant.parse("2031-03-01T08:00:00Z")).build(),
                // no base database, record type, format, open type or English title; a title needing escapes
                TestResources.population(c).status(ResourceStatus.PUBLISHED).title("拱墅区\"流动人口\"居住登记\\信息", null)
                        .baseDatabase(BaseDatabase.NONE).recordType(null).format(null).openType(null)
                        .relatedResources(List.of(a)).build()),
                "hz-gaj", true);
        catalog.create(TestResources.population(draft).build(), "hz-gaj");
        DcatExporter exporter = new DcatExporter(catalog, HANGZHOU);
        List<String> mine = List.of(a, b, c, draft);
        ExportSelection all = new ExportSelection(mine, null, 1, 4, 4, false, false);

        assertThat(catalog.indexInStep()).as("the index is in step with the store").isTrue();
        Model fast = sameBothWays(exporter, all);
        assertThat(fast.listSubjectsWithProperty(RDF.type, DCAT3.Dataset).toList())
                .extracting(r -> r.getURI()).containsExactlyInAnyOrder(CatalogIris.resource(a), CatalogIris.resource(b), CatalogIris.resource(c));
        assertThat(CatalogShapes.violations(CatalogShapes.validate(CatalogShapes.dcatAp(), fast.getGraph()))).isEmpty();
        assertThat(title(fast, c)).isEqualTo("拱墅区\"流动人口\"居住登记\\信息");

        // paged (hydra view) and filtered by modification time, as select() makes it
        ExportSelection recent = exporter.select(Instant.parse("2030-01-01T00:00:00Z"), 1, 1);
        Model page = sameBothWays(exporter, recent);
        assertThat(page.contains(null, page.createProperty("http://www.w3.org/ns/hydra/core#itemsPerPage"))).isTrue();
        assertThat(page.containsResource(page.getResource(CatalogIris.resource(a)))).isFalse();

        // an update: new title and one more data item
        InformationResource current = catalog.get(a);
        List<DataItem> items = new ArrayList<>(current.dataItems());
        items.add(new DataItem("moveDate", "迁移日期", null, "date", null, true, Sensitivity.INTERNAL, false));
        catalog.update(a, current.toBuilder().title("西湖区户籍迁移登记信息（2024版）", current.titleEn()).dataItems(items).build(), provider);
        Model updated = sameBothWays(exporter, all);
        assertThat(title(updated, a)).isEqualTo("西湖区户籍迁移登记信息（2024版）");
        assertThat(updated.contains(updated.getResource(CatalogIris.item(a, "moveDate")), null)).isTrue();
        assertThat(updated.contains(updated.getResource(CatalogIris.resource(a)), DCAT3.version, "2")).isTrue();

        // what the exchange observed is stored beside the entry, not part of its DCAT-AP description
        catalog.recordObservation(a, Instant.parse("2024-06-01T02:00:00Z"), 1_234_567, 3);
        sameBothWays(exporter, all);

        // the provider renamed: its name is not part of any stored block
        catalog.registerProvider(new Provider(provider, "杭州市数据资源管理局", "Hangzhou Data Resources Bureau", "hz", "330100",
                Provider.Level.DEPARTMENT));
        Model renamed = sameBothWays(exporter, all);
        assertThat(renamed.listObjectsOfProperty(renamed.getResource(CatalogIris.provider(provider)),
                renamed.createProperty("http://xmlns.com/foaf/0.1/name")).toList())
                .extracting(n -> n.asLiteral().getLexicalForm()).contains("杭州市数据资源管理局").doesNotContain("杭州市大数据资源管理局");

        // published, then withdrawn: in, then out
        catalog.publish(draft, "hz-gaj");
        assertThat(sameBothWays(exporter, all).contains(null, DCAT3.dataset, sameBothWays(exporter, all).getResource(CatalogIris.resource(draft)))).isTrue();
        catalog.withdraw(b, "hz-mzj", "社会团体年检改为年报公示");
        Model withdrawn = sameBothWays(exporter, all);
        assertThat(withdrawn.containsResource(withdrawn.getResource(CatalogIris.resource(b)))).isFalse();
        assertThat(withdrawn.containsResource(withdrawn.getResource(CatalogIris.resource(draft)))).isTrue();
        catalog.close();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aChangeBehindTheIndexIsReadFromTheStoreNeverFromAStaleBlock(StoreKind kind) {
        CatalogService node1 = kind.newService();
        String a = TestResources.uniqueCode("101004");
        node1.create(TestResources.population(a).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
        DcatExporter exporter = new DcatExporter(node1, HANGZHOU);
        ExportSelection one = new ExportSelection(List.of(a), null, 1, 1, 1, false, false);
        assertThat(title(parse(fastTurtle(exporter, one)), a)).isEqualTo("西湖区户籍迁移登记信息");

        // a second node on the same store changes the entry; node1's index does not know
        try (CatalogService node2 = new CatalogService(node1.store(), StoreKind.ELEMENTS)) {
            InformationResource r = node2.get(a);
            node2.update(a, r.toBuilder().title("西湖区户籍迁移登记信息（更正）", r.titleEn()).build(), "hz-gaj");
        }
        assertThat(node1.indexInStep()).as("node1's index is behind the store").isFalse();
        Model after = parse(fastTurtle(exporter, one));
        assertThat(title(after, a)).isEqualTo("西湖区户籍迁移登记信息（更正）");
        assertThat(after.isIsomorphicWith(parse(storeTurtle(exporter, one)))).isTrue();

        // node1 changes another entry: its index now has a fresh token but still misses node2's change,
        // which the token chain tells it: it stays out of step (store path) until rebuilt
        String b = TestResources.uniqueCode("102003");
        node1.create(TestResources.socialOrganisations(b).status(ResourceStatus.PUBLISHED).build(), "hz-mzj");
        assertThat(node1.indexInStep()).isFalse();
        ExportSelection two = new ExportSelection(List.of(a, b), null, 1, 2, 2, false, false);
        assertThat(title(parse(fastTurtle(exporter, two)), a)).isEqualTo("西湖区户籍迁移登记信息（更正）");
        node1.reindex();
        assertThat(node1.indexInStep()).isTrue();
        assertThat(title(sameBothWays(exporter, two), a)).isEqualTo("西湖区户籍迁移登记信息（更正）");
        node1.close();
    }

    @org.junit.jupiter.api.Test
    void theBlocksOfAPersistedIndexServeTheExportAfterARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        org.govex.catalog.store.CatalogStore store = org.govex.catalog.store.CatalogStore.tdb2(dir.resolve("tdb2"));
        String a = TestResources.uniqueCode("101004");
        String b = TestResources.uniqueCode("102003");
        try (CatalogService first = new CatalogService(store, StoreKind.ELEMENTS, java.time.Clock.systemUTC(), dir.resolve("catalog-index"))) {
            first.registerProvider(new Provider("hz", "杭州市人民政府", null, null, "330100", Provider.Level.CITY));
            first.registerProvider(new Provider("hz-gaj", "杭州市公安局", null, "hz", "330100", Provider.Level.DEPARTMENT));
            first.registerProvider(new Provider("hz-mzj", "杭州市民政局", null, "hz", "330100", Provider.Level.DEPARTMENT));
            first.create(TestResources.population(a).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
            first.create(TestResources.socialOrganisations(b).status(ResourceStatus.PUBLISHED).build(), "hz-mzj");
        }
        try (CatalogService second = new CatalogService(store, StoreKind.ELEMENTS, java.time.Clock.systemUTC(), dir.resolve("catalog-index"))) {
            assertThat(second.indexRebuiltAtOpen()).isFalse();
            assertThat(second.indexInStep()).isTrue();
            DcatExporter exporter = new DcatExporter(second, HANGZHOU);
            Model whole = sameBothWays(exporter, exporter.select(null, 1, 0));
            assertThat(whole.listSubjectsWithProperty(RDF.type, DCAT3.Dataset).toList()).hasSize(2);
            assertThat(CatalogShapes.violations(CatalogShapes.validate(CatalogShapes.dcatAp(), whole.getGraph()))).isEmpty();
        }
    }

    @org.junit.jupiter.api.Test
    void anExportDoesNotWaitForAChangeUnderWay() throws Exception {
        java.util.concurrent.CountDownLatch validating = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        // an element directory that holds the change (inside the service's lock) while it validates
        org.govex.catalog.service.ElementDirectory slow = new org.govex.catalog.service.ElementDirectory() {
            @Override
            public boolean exists(String id) {
                validating.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return StoreKind.ELEMENTS.exists(id);
            }

            @Override
            public java.util.Optional<String> nameZh(String id) {
                return java.util.Optional.empty();
            }
        };
        CatalogService catalog = new CatalogService(StoreKind.TDB2.store(), slow);
        catalog.registerProvider(new Provider("hz", "杭州市人民政府", null, null, "330100", Provider.Level.CITY));
        catalog.registerProvider(new Provider("hz-gaj", "杭州市公安局", null, "hz", "330100", Provider.Level.DEPARTMENT));
        String a = TestResources.uniqueCode("101004");
        String b = TestResources.uniqueCode("101004");
        catalog.createAll(List.of(TestResources.population(a).status(ResourceStatus.PUBLISHED).build()), "hz-gaj", false);
        DcatExporter exporter = new DcatExporter(catalog, HANGZHOU);
        var change = java.util.concurrent.CompletableFuture.runAsync(() ->
                catalog.create(TestResources.population(b).status(ResourceStatus.PUBLISHED).build(), "hz-gaj"));
        try {
            validating.await();
            // the change holds the lock; the export neither waits for it nor sees it
            var export = java.util.concurrent.CompletableFuture.supplyAsync(() -> fastTurtle(exporter, exporter.select(null, 1, 0)));
            Model during = parse(export.get(60, java.util.concurrent.TimeUnit.SECONDS));
            assertThat(during.containsResource(during.getResource(CatalogIris.resource(a)))).isTrue();
            assertThat(during.containsResource(during.getResource(CatalogIris.resource(b)))).isFalse();
        } finally {
            release.countDown();
        }
        change.get(60, java.util.concurrent.TimeUnit.SECONDS);
        Model after = sameBothWays(exporter, exporter.select(null, 1, 0));
        assertThat(after.containsResource(after.getResource(CatalogIris.resource(b)))).isTrue();
        catalog.close();
    }

    /** Exports the selection both ways; they must be isomorphic. Returns the fast one. */
    private static Model sameBothWays(DcatExporter exporter, ExportSelection s) {
        String fastText = fastTurtle(exporter, s);
        Model fast = parse(fastText);
        Model store = parse(storeTurtle(exporter, s));
        assertThat(fast.isIsomorphicWith(store))
                .as("fast export equals the store export; only in fast: %s; only in store: %s",
                        fast.difference(store).listStatements().toList(), store.difference(fast).listStatements().toList())
                .isTrue();
        return fast;
    }

    private static String title(Model m, String code) {
        return m.getResource(CatalogIris.resource(code)).listProperties(DCTerms.title).toList().stream()
                .filter(st -> st.getLanguage().equals("zh")).findFirst().orElseThrow().getString();
    }

    private static Model parse(String turtle) {
        return RDFParser.fromString(turtle, Lang.TURTLE).toModel();
    }

    private static String fastTurtle(DcatExporter exporter, ExportSelection s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            exporter.writeTurtle(s, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String storeTurtle(DcatExporter exporter, ExportSelection s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(s, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
        return out.toString(StandardCharsets.UTF_8);
    }
}
