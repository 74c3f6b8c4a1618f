package org.govex.catalog;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.govex.catalog.dcat.CatalogDescription;
import org.govex.catalog.dcat.DcatExporter;
import org.govex.catalog.dcat.ExportSelection;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.rdf.CatalogIris;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.shacl.CatalogShapes;
import org.govex.catalog.vocab.DCAT3;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streamed export says the same as the in-memory model, once per shared triple, and filters by modification time. */
class DcatStreamTest {

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void streamedTurtleEqualsTheModelAndPassesTheShapes(StoreKind kind) {
        CatalogService catalog = kind.service();
        String a = TestResources.uniqueCode("101004");
        String b = TestResources.uniqueCode("102003");
        String draft = TestResources.uniqueCode("101004");
        catalog.createAll(List.of(
                TestResources.population(a).status(ResourceStatus.PUBLISHED).modified(Instant.parse("2021-03-01T08:00:00Z")).build(),
                TestResources.socialOrganisations(b).status(ResourceStatus.PUBLISHED).modified(Instant.parse("2031-03-01T08:00:00Z")).build()),
                "hz-gaj", true);
        catalog.create(TestResources.population(draft).build(), "hz-gaj");
        DcatExporter exporter = new DcatExporter(catalog, new CatalogDescription("http://localhost:8080",
                "杭州市政务信息资源目录", "Hangzhou catalog", "hz"));

        ExportSelection two = new ExportSelection(List.of(a, b), null, 1, 2, 2, false, false);
        String ttl = turtle(exporter, two);
        Model streamed = RDFParser.fromString(ttl, Lang.TURTLE).toModel();
        assertThat(streamed.isIsomorphicWith(exporter.model(List.of(catalog.get(a), catalog.get(b))))).isTrue();
        assertThat(CatalogShapes.violations(CatalogShapes.validate(CatalogShapes.dcatAp(), streamed.getGraph()))).isEmpty();
        // what the entries share is written once, after them
        String nt = ntriples(exporter, two);
        assertThat(nt.lines().filter(l -> l.startsWith("<https://govex.org/id/base-database> <" + RDF.type.getURI() + ">"))).hasSize(1);
        assertThat(nt.lines().distinct().count()).isEqualTo(nt.lines().count());

        // the whole catalog, unpaged: every published entry, no draft, no hydra view
        ExportSelection all = exporter.select(null, 1, 0);
        assertThat(all.paged()).isFalse();
        assertThat(all.codes()).contains(a, b).doesNotContain(draft).hasSize((int) all.totalItems());
        Model whole = RDFParser.fromString(turtle(exporter, all), Lang.TURTLE).toModel();
        assertThat(whole.listSubjectsWithProperty(RDF.type, DCAT3.Dataset).toList()).hasSize(all.codes().size());
        assertThat(whole.contains(null, whole.createProperty("http://www.w3.org/ns/hydra/core#view"))).isFalse();

        // modified after 2030: b, not a; paged, with the filter in the hydra links
        ExportSelection recent = exporter.select(Instant.parse("2030-01-01T00:00:00Z"), 1, 1000);
        assertThat(recent.codes()).contains(b).doesNotContain(a);
        Model page = RDFParser.fromString(turtle(exporter, recent), Lang.TURTLE).toModel();
        assertThat(page.contains(page.getResource(CatalogIris.resource(b)), RDF.type, DCAT3.Dataset)).isTrue();
        assertThat(page.containsResource(page.getResource(CatalogIris.resource(a)))).isFalse();
        assertThat(turtle(exporter, recent)).contains("modified_since=2030-01-01T00:00:00Z");
        assertThat(page.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()).hasSize(2);
        assertThat(page.listObjectsOfProperty(page.getResource(CatalogIris.resource(b)), DCTerms.title).toList()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(StoreKind.class)
    void aWriterThatFailsStopsTheReaderAndLeavesTheStoreUsable(StoreKind kind) throws InterruptedException {
        CatalogService catalog = kind.service();
        String a = TestResources.uniqueCode("101004");
        catalog.create(TestResources.population(a).status(ResourceStatus.PUBLISHED).build(), "hz-gaj");
        DcatExporter exporter = new DcatExporter(catalog, new CatalogDescription("http://localhost:8080",
                "杭州市政务信息资源目录", "Hangzhou catalog", "hz"));
        int[] written = {0};
        // a client that hangs up after a few triples
        StreamRDF hangsUp = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                if (++written[0] > 3) {
                    throw new RiotException("connection reset by 西湖区 client");
                }
            }
        };
        assertThatThrownBy(() -> exporter.write(exporter.select(null, 1, 0), hangsUp)).isInstanceOf(RiotException.class);
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("dcat-export-reader")) {
                t.join(60_000);
                assertThat(t.isAlive()).as("reader thread ended").isFalse();
            }
        }
        assertThat(catalog.get(a).titleZh()).isEqualTo("西湖区户籍迁移登记信息");
        assertThat(RDFParser.fromString(turtle(exporter, exporter.select(null, 1, 0)), Lang.TURTLE).toModel()
                .contains(null, RDF.type, DCAT3.Dataset)).isTrue();
    }

    private static String turtle(DcatExporter exporter, ExportSelection s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(s, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String ntriples(DcatExporter exporter, ExportSelection s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(s, StreamRDFWriter.getWriterStream(out, RDFFormat.NTRIPLES));
        return out.toString(StandardCharsets.UTF_8);
    }
}
