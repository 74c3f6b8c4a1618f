package org.govex.schemas.codec;

import com.sun.net.httpserver.HttpServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeDocumentsTest {

    private static final CodecLimits LIMITS = CodecLimits.DEFAULTS;

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Graph rdf(String body, Lang lang) {
        return SafeDocuments.readRdf(in(body), lang, LIMITS);
    }

    @Test
    void readsTurtleJsonLdAndRdfXmlWithChineseLiterals() {
        assertThat(rdf("<https://govex.org/id/resource/101001-000001> <http://purl.org/dc/terms/title> \"人口基本信息\"@zh .",
                Lang.TURTLE).size()).isEqualTo(1);
        assertThat(rdf("{\"@context\": {\"dct\": \"http://purl.org/dc/terms/\"}, \"@id\": \"https://govex.org/id/resource/101001-000001\","
                + " \"dct:title\": {\"@value\": \"人口基本信息\", \"@language\": \"zh\"}}", Lang.JSONLD).size()).isEqualTo(1);
        assertThat(rdf("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:dct=\"http://purl.org/dc/terms/\">"
                + "<rdf:Description rdf:about=\"https://govex.org/id/resource/101001-000001\"><dct:title xml:lang=\"zh\">人口基本信息</dct:title>"
                + "</rdf:Description></rdf:RDF>", Lang.RDFXML).size()).isEqualTo(1);
    }

    @Test
    void turtleErrorsNameLineAndColumn() {
        assertThatThrownBy(() -> rdf("<urn:a> <urn:b> \"x\" .\n<urn:a> <urn:b> \"y\"\n<urn:c> <urn:d> \"z\" .", Lang.TURTLE))
                .isInstanceOfSatisfying(GovexException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.UNREADABLE);
                    assertThat(e.violations().get(0).field()).isEqualTo("line 3, column 1");
                    assertThat(e.violations().get(0).rule()).isEqualTo("Turtle.syntax");
                });
    }

    @Test
    void jsonLdFetchesNoContextNeitherRemoteNorImported() throws Exception {
        // a real server with a valid context: a fetch would succeed, so only the count tells
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            byte[] ctx = "{\"@context\": {\"dct\": \"http://purl.org/dc/terms/\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, ctx.length);
            exchange.getResponseBody().write(ctx);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/c.jsonld";
            assertThatThrownBy(() -> rdf("{\"@context\": \"" + url + "\", \"@id\": \"urn:a\", \"dct:title\": \"人口\"}", Lang.JSONLD))
                    .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.typeSuffix()).isEqualTo("jsonld-context"));
            assertThatThrownBy(() -> rdf("{\"@context\": [{\"x\": \"urn:x#\"}, \"" + url + "\"], \"@id\": \"urn:a\"}", Lang.JSONLD))
                    .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.typeSuffix()).isEqualTo("jsonld-context"));
            // inside an inline context (@import, a scoped context) the document loader is what refuses
            assertThatThrownBy(() -> rdf("{\"@context\": {\"@version\": 1.1, \"@import\": \"" + url + "\"},"
                    + " \"@id\": \"urn:a\", \"dct:title\": \"人口\"}", Lang.JSONLD))
                    .isInstanceOf(GovexException.class);
            assertThatThrownBy(() -> rdf("{\"@context\": {\"@version\": 1.1, \"p\": {\"@id\": \"urn:p\", \"@context\": \"" + url + "\"}},"
                    + " \"@id\": \"urn:a\", \"p\": {\"dct:title\": \"人口\"}}", Lang.JSONLD))
                    .isInstanceOf(GovexException.class);
            assertThat(fetched.get()).isZero();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void jsonLdIsBoundedLikeJson() {
        String deep = "{\"urn:p\":".repeat(LIMITS.maxDepth() + 2) + "1" + "}".repeat(LIMITS.maxDepth() + 2);
        assertThatThrownBy(() -> rdf(deep, Lang.JSONLD))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.TOO_LARGE));
        assertThatThrownBy(() -> SafeDocuments.readRdf(in("<urn:a> <urn:b> \"" + "长".repeat(100) + "\" ."), Lang.TURTLE,
                LIMITS.withMaxDocumentBytes(64)))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.typeSuffix()).isEqualTo("maxDocumentBytes"));
    }

    @Test
    void rdfXmlWithDoctypeIsRefused() {
        assertThatThrownBy(() -> rdf("<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", Lang.RDFXML))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.typeSuffix()).isEqualTo("xml-dtd"));
    }

    @Test
    void xmlReaderRefusesDoctypeAndReportsPosition() throws Exception {
        XMLStreamReader r = SafeDocuments.xmlReader(SafeDocuments.xmlInputFactory(LIMITS),
                in("<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e \"x\">]>\n<a>&e;</a>"), LIMITS);
        assertThatThrownBy(() -> {
            while (r.hasNext()) {
                r.next();
            }
        }).isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.typeSuffix()).isEqualTo("xml-dtd"));

        XMLStreamReader broken = SafeDocuments.xmlReader(SafeDocuments.xmlInputFactory(LIMITS),
                in("<信息资源>\n  <信息资源名称>西湖区</名称>\n</信息资源>"), LIMITS);
        assertThatThrownBy(() -> {
            while (broken.next() != XMLStreamConstants.END_DOCUMENT) {
                // read on
            }
        }).satisfies(t -> {
            GovexException g = SafeDocuments.xmlUnreadable(t, LIMITS);
            assertThat(g.violations().get(0).field()).isEqualTo("line 2, column 17");
            assertThat(g.violations().get(0).rule()).isEqualTo("XML.wellFormed");
        });
    }
}
