package org.govex.exchange.catalog;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.govex.catalog.shacl.CatalogShapes;
import org.govex.exchange.demo.DemoCatalog;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class CatalogApiTest {

    static final String ADMIN = "Bearer test-admin-key-0123456789";
    static final String GAJ = "Bearer test-key-hz-gaj";
    static final String MZJ = "Bearer test-key-hz-mzj";
    static final String FGJ = "Bearer test-key-hz-fgj";

    @TestHTTPResource("/")
    URL base;

    @jakarta.inject.Inject
    org.govex.catalog.service.CatalogService catalog;

    static Map<String, Object> body(String code, String share, String conditions, String basis) {
        return Map.ofEntries(
                Map.entry("code", code),
                Map.entry("titleZh", "拱墅区流动人口居住登记信息"),
                Map.entry("titleEn", "Gongshu district residence registration"),
                Map.entry("summary", "杭州市拱墅区(330105)流动人口居住登记信息，含公民身份号码、居住地址和登记日期。"),
                Map.entry("keywords", List.of("流动人口", "居住登记", "拱墅区")),
                Map.entry("providerCode", "hz-gaj"),
                Map.entry("category", "301001"),
                Map.entry("baseDatabase", "none"),
                Map.entry("format", "JSON"),
                Map.entry("dataItems", List.of(
                        Map.of("name", "idNumber", "nameZh", "公民身份号码", "elementId", "person.idNumber", "type", "string",
                                "length", 18, "required", true, "sensitivity", 3),
                        Map.of("name", "residenceAddress", "nameZh", "居住地址", "type", "string", "length", 200,
                                "required", true, "sensitivity", 3))),
                Map.entry("shareType", share),
                Map.entry("shareConditions", conditions == null ? "" : conditions),
                Map.entry("legalBasis", basis == null ? "" : basis),
                Map.entry("openType", "NOT_OPEN"),
                Map.entry("updateCycle", "DAILY"));
    }

    /** The shared reference data, found upwards from the module (worktrees sit deeper than main). */
    static Path shared(String rel) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path p = dir.resolve("shared/data").resolve(rel);
            if (Files.exists(p)) {
                return p;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/data/" + rel + " not found above the working directory");
    }

    /** Codes from a random start, then in sequence: no two of one run collide (random draws did, now and then). */
    private static final java.util.concurrent.atomic.AtomicInteger NEXT_CODE =
            new java.util.concurrent.atomic.AtomicInteger(new java.util.Random().nextInt(90_000));

    static String newCode() {
        return "301001-" + (800_000 + NEXT_CODE.getAndIncrement() % 99_999);
    }

    @Test
    void demoEntryInEveryRepresentation() {
        given().header("Authorization", MZJ).accept(ContentType.JSON)
                .get("/api/v1/catalog/resources/" + DemoCatalog.POPULATION_BASIC)
                .then().statusCode(200)
                .body("titleZh", equalTo("人口基本信息"))
                .body("providerCode", equalTo("hz-gaj"))
                .body("shareType", equalTo("CONDITIONAL"))
                .body("dataItems.name", hasItem("idNumber"));
        given().header("Authorization", MZJ).accept("application/xml")
                .get("/api/v1/catalog/resources/" + DemoCatalog.POPULATION_BASIC)
                .then().statusCode(200)
                .body(containsString("<信息资源名称>人口基本信息</信息资源名称>"))
                .body(containsString("<共享类型>有条件共享</共享类型>"));
        for (String type : List.of("text/turtle", "application/ld+json", "application/rdf+xml")) {
            String rdf = given().header("Authorization", MZJ).accept(type)
                    .get("/api/v1/catalog/resources/" + DemoCatalog.LEGAL_ENTITY_BASIC)
                    .then().statusCode(200).contentType(startsWith(type)).extract().asString();
            Model m = RDFParser.fromString(rdf, org.apache.jena.riot.RDFLanguages.contentTypeToLang(type)).toModel();
            assertThat(m.listObjectsOfProperty(org.apache.jena.vocabulary.DCTerms.title).toList())
                    .extracting(n -> n.asLiteral().getLexicalForm()).contains("法人单位基本信息");
        }
        given().header("Authorization", MZJ).accept("image/png")
                .get("/api/v1/catalog/resources/" + DemoCatalog.POPULATION_BASIC)
                .then().statusCode(406);
    }

    @Test
    void draftsAreVisibleOnlyToTheirProviderAndAdmins() {
        String path = "/api/v1/catalog/resources/" + DemoCatalog.HOUSING_TRANSACTIONS_DRAFT;
        given().header("Authorization", GAJ).get(path).then().statusCode(404);
        given().header("Authorization", FGJ).get(path).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().header("Authorization", ADMIN).get(path).then().statusCode(200);
        given().get(path).then().statusCode(401);
    }

    @Test
    void providerRegistersVersionsAndWithdrawsOwnResourceOnly() {
        String code = newCode();
        Map<String, Object> body = body(code, "CONDITIONAL", "用于实有人口管理和社区服务", "《居住证暂行条例》");
        // another department cannot register for hz-gaj
        given().header("Authorization", MZJ).contentType(ContentType.JSON).body(body)
                .post("/api/v1/catalog/resources").then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", GAJ).contentType(ContentType.JSON).body(body)
                .post("/api/v1/catalog/resources").then().statusCode(201)
                .header("Location", containsString(code))
                .body("version", equalTo(1)).body("status", equalTo("DRAFT"));
        given().header("Authorization", GAJ).post("/api/v1/catalog/resources/" + code + "/publish")
                .then().statusCode(200).body("status", equalTo("PUBLISHED")).body("version", equalTo(2));
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put("updateCycle", "WEEKLY");
        given().header("Authorization", MZJ).contentType(ContentType.JSON).body(changed)
                .put("/api/v1/catalog/resources/" + code).then().statusCode(403);
        given().header("Authorization", GAJ).contentType(ContentType.JSON).body(changed)
                .put("/api/v1/catalog/resources/" + code).then().statusCode(200).body("version", equalTo(3));
        given().header("Authorization", MZJ).get("/api/v1/catalog/resources/" + code + "/diff?from=2&to=3")
                .then().statusCode(200).body("changes.field", equalTo(List.of("updateCycle")))
                .body("changes[0].before", equalTo("DAILY")).body("changes[0].after", equalTo("WEEKLY"));
        given().header("Authorization", GAJ).delete("/api/v1/catalog/resources/" + code + "?reason=合并")
                .then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        given().header("Authorization", MZJ).get("/api/v1/catalog/resources/" + code + "/history")
                .then().statusCode(200).body("version", equalTo(List.of(1, 2, 3, 4)))
                .body("status", equalTo(List.of("DRAFT", "PUBLISHED", "PUBLISHED", "WITHDRAWN")));
        // /sparql sees the current entry only: archived versions (same subject, older status) stay out
        String statusQuery = "SELECT ?st WHERE { <https://govex.org/id/resource/" + code + "> <https://govex.org/ns#status> ?st }";
        given().header("Authorization", MZJ).accept("text/csv").queryParam("query", statusQuery).get("/sparql")
                .then().statusCode(200).body(equalTo("st\r\nWITHDRAWN\r\n"));
        String versionGraphs = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://govex.org/graph/version/"
                + code + "/\")) }";
        given().header("Authorization", MZJ).accept("text/csv").queryParam("query", versionGraphs).get("/sparql")
                .then().statusCode(200).body(equalTo("n\r\n0\r\n"));
        // still readable after withdrawal, and version 1 too
        given().header("Authorization", MZJ).get("/api/v1/catalog/resources/" + code + "/history/1")
                .then().statusCode(200).body("status", equalTo("DRAFT")).body("updateCycle", equalTo("DAILY"));
        // every change is in the hash-chained audit log, by the department that made it
        given().header("Authorization", "Bearer test-key-hz-sjzyj").queryParam("subject", code).queryParam("limit", 1000)
                .get("/api/v1/audit/events").then().statusCode(200)
                .body("action", equalTo(List.of("catalog.create", "catalog.publish", "catalog.update", "catalog.withdraw")))
                .body("actor", org.hamcrest.Matchers.everyItem(equalTo("hz-gaj")));
    }

    @Test
    void beanValidationAndShaclViolationsAreProblems() {
        Map<String, Object> noTitle = new java.util.HashMap<>(body(newCode(), "UNCONDITIONAL", null, null));
        noTitle.remove("titleZh");
        given().header("Authorization", GAJ).contentType(ContentType.JSON).body(noTitle)
                .post("/api/v1/catalog/resources").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("titleZh"));
        given().header("Authorization", GAJ).contentType(ContentType.JSON)
                .body(body(newCode(), "CONDITIONAL", null, null))
                .post("/api/v1/catalog/resources").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/validation-failed/shacl"))
                .body("errors.message", hasItem(containsString("有条件共享 needs the sharing conditions")))
                .body("errors.message", hasItem(containsString("https://govex.org/id/resource/301001-")));
    }

    @Test
    void searchFindsChineseTextWithFacets() {
        given().header("Authorization", MZJ).get("/api/v1/catalog/resources?q=人口&size=50")
                .then().statusCode(200)
                .body("results.code", hasItem(DemoCatalog.POPULATION_BASIC))
                .body("facets.provider.hz-gaj", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().header("Authorization", MZJ).get("/api/v1/catalog/resources?base=legal-entity&share=UNCONDITIONAL&size=50")
                .then().statusCode(200)
                .body("results.code", hasItem(DemoCatalog.LEGAL_ENTITY_BASIC))
                .body("results.code", org.hamcrest.Matchers.not(hasItem(DemoCatalog.TAXPAYER_REGISTRATION)));
        given().header("Authorization", MZJ).get("/api/v1/catalog/resources?sort=colour")
                .then().statusCode(422);
    }

    @Test
    void dcatExportOfTheDemoPassesTheOfficialShapes() {
        // Turtle comes from the blocks the search index stores (it is in step with the store); N-Triples below from the store
        assertThat(catalog.indexInStep()).isTrue();
        String ttl = given().header("Authorization", MZJ).get("/catalog.ttl?size=10000")
                .then().statusCode(200).contentType(startsWith("text/turtle")).extract().asString();
        Model m = RDFParser.fromString(ttl, Lang.TURTLE).toModel();
        ValidationReport dcatAp = CatalogShapes.validate(CatalogShapes.dcatAp(), m.getGraph());
        assertThat(CatalogShapes.violations(dcatAp)).isEmpty();
        assertThat(CatalogShapes.violations(CatalogShapes.validate(CatalogShapes.govex(), m.getGraph()))).isEmpty();
        assertThat(ttl).contains(DemoCatalog.ECONOMIC_INDICATORS).doesNotContain(DemoCatalog.HOUSING_TRANSACTIONS_DRAFT);
        // paged: two per page, hydra links
        String page = given().header("Authorization", MZJ).get("/catalog.jsonld?size=2&page=1")
                .then().statusCode(200).extract().asString();
        assertThat(page).contains("hydra").contains("page=2");
        given().header("Authorization", MZJ).get("/catalog.rdf?modified_since=2999-01-01")
                .then().statusCode(200).header("X-Total-Count", "0");
        // the whole catalog streamed (size=0): every published entry, no hydra view; N-Triples says the same
        var whole = given().header("Authorization", MZJ).get("/catalog.ttl?size=0").then().statusCode(200).extract();
        Model all = RDFParser.fromString(whole.asString(), Lang.TURTLE).toModel();
        long datasets = all.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, org.govex.catalog.vocab.DCAT3.Dataset).toList().size();
        assertThat(datasets).isEqualTo(Long.parseLong(whole.header("X-Total-Count"))).isGreaterThanOrEqualTo(m.listSubjectsWithProperty(
                org.apache.jena.vocabulary.RDF.type, org.govex.catalog.vocab.DCAT3.Dataset).toList().size());
        assertThat(whole.asString()).doesNotContain("hydra:view").doesNotContain(DemoCatalog.HOUSING_TRANSACTIONS_DRAFT);
        String nt = given().header("Authorization", MZJ).get("/catalog.nt?size=0")
                .then().statusCode(200).contentType(startsWith("application/n-triples")).extract().asString();
        assertThat(RDFParser.fromString(nt, Lang.NTRIPLES).toModel().isIsomorphicWith(all)).isTrue();
        given().header("Authorization", MZJ).get("/catalog.ttl?modified_since=2999-01-01")
                .then().statusCode(200).header("X-Total-Count", "0");
        given().header("Authorization", MZJ).get("/catalog.ttl?modified_since=gestern").then().statusCode(422);
    }

    @Test
    void harvestsTheOfficialExamplesAndWithdrawsWhatDisappears() throws Exception {
        String source = "bee" + Math.abs(UUID.randomUUID().hashCode() % 10_000);
        String ttl = Files.readString(shared("dcat-ap/examples/example-bee-population.ttl"));
        given().header("Authorization", ADMIN).contentType("text/turtle").body(ttl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/catalog/harvest?source=" + source).then().log().ifValidationFails().statusCode(200)
                .body("created.size()", equalTo(1)).body("rejected.size()", equalTo(0));
        given().header("Authorization", ADMIN).contentType("text/turtle").body(ttl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/catalog/harvest?source=" + source).then().log().ifValidationFails().statusCode(200)
                .body("created.size()", equalTo(0)).body("unchanged.size()", equalTo(1));
        for (String f : List.of("example-bee-population-dataset-series.ttl", "example-bee-population-dataset-series-api.ttl")) {
            given().header("Authorization", ADMIN).contentType("text/turtle")
                    .body(Files.readString(shared("dcat-ap/examples/" + f)).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/catalog/harvest?source=" + source + "s").then().statusCode(200)
                    .body("rejected.size()", equalTo(0));
        }
        // the source no longer lists the dataset: it is withdrawn, not deleted
        given().header("Authorization", ADMIN).contentType("text/turtle").body("@prefix dcat: <http://www.w3.org/ns/dcat#> .".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/catalog/harvest?source=" + source).then().log().ifValidationFails().statusCode(200)
                .body("withdrawn.size()", equalTo(1));
        given().header("Authorization", GAJ).contentType("text/turtle").body(ttl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/catalog/harvest?source=x").then().statusCode(403);
    }

    @Test
    void harvestRefusesDoctypesAndRemoteJsonLdContexts() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dct="http://purl.org/dc/terms/">
                  <rdf:Description rdf:about="https://example.org/d1"><dct:title>&x;</dct:title></rdf:Description>
                </rdf:RDF>""";
        given().header("Authorization", ADMIN).contentType("application/rdf+xml").body(xxe.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/catalog/harvest?source=xxe").then().statusCode(400)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("xml-dtd"));
        String remote = "{\"@context\":\"http://127.0.0.1:9/context.jsonld\",\"@id\":\"https://example.org/d1\",\"title\":\"人口\"}";
        given().header("Authorization", ADMIN).contentType("application/ld+json").body(remote.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/catalog/harvest?source=ctx").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void exportRoundTripsThroughHarvest() {
        // one entry's DCAT-AP description (the whole export grows with every run on a kept test store)
        String ttl = given().header("Authorization", MZJ).accept("text/turtle")
                .get("/api/v1/catalog/resources/" + DemoCatalog.POPULATION_BASIC).then().statusCode(200).extract().asString();
        int items = given().header("Authorization", MZJ).accept(ContentType.JSON)
                .get("/api/v1/catalog/resources/" + DemoCatalog.POPULATION_BASIC).then().statusCode(200)
                .extract().path("dataItems.size()");
        assertThat(items).as("the standard's person and the household register's own items").isGreaterThanOrEqualTo(10);
        String source = "rt" + Math.abs(UUID.randomUUID().hashCode() % 10_000);
        given().header("Authorization", ADMIN).contentType("text/turtle").body(ttl.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/catalog/harvest?source=" + source).then().log().ifValidationFails().statusCode(200)
                .body("rejected.size()", equalTo(0))
                .body("created", equalTo(List.of(source + "." + DemoCatalog.POPULATION_BASIC)));
        given().header("Authorization", MZJ).accept(ContentType.JSON)
                .get("/api/v1/catalog/resources/" + source + "." + DemoCatalog.POPULATION_BASIC)
                .then().statusCode(200)
                .body("titleZh", equalTo("人口基本信息"))
                .body("providerCode", equalTo("hz-gaj"))
                .body("shareType", equalTo("CONDITIONAL"))
                .body("dataItems.size()", equalTo(items))
                .body("harvestSource", equalTo(source));
    }

    @Test
    void sparqlAnswersJenaClientsAndRefusesUpdates() throws Exception {
        String endpoint = base.toString() + "sparql";
        String select = """
                PREFIX dct: <http://purl.org/dc/terms/>
                SELECT ?title WHERE { <https://govex.org/id/resource/%s> dct:title ?title FILTER(lang(?title) = "zh") }
                """.formatted(DemoCatalog.ECONOMIC_INDICATORS);
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint).query(select)
                .httpHeader("Authorization", MZJ).build()) {
            ResultSet rs = qe.execSelect();
            assertThat(rs.next().getLiteral("title").getString()).isEqualTo("国民经济主要指标");
        }
        try (QueryExecution qe = QueryExecutionHTTP.service(endpoint)
                .query("PREFIX dct: <http://purl.org/dc/terms/> CONSTRUCT { ?s dct:identifier ?c } WHERE { ?s dct:identifier ?c } LIMIT 5")
                .httpHeader("Authorization", MZJ).build()) {
            assertThat(qe.execConstruct().size()).isBetween(1L, 5L);
        }
        for (String accept : List.of("application/sparql-results+xml", "text/csv", "text/tab-separated-values")) {
            given().header("Authorization", MZJ).accept(accept).queryParam("query", select).get("/sparql")
                    .then().statusCode(200).contentType(startsWith(accept)).body(containsString("国民经济主要指标"));
        }
        given().header("Authorization", MZJ).contentType("application/sparql-update")
                .body("INSERT DATA { <urn:x> <urn:y> <urn:z> }".getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/sparql").then().statusCode(403);
        given().header("Authorization", MZJ).queryParam("query", "SELEC nonsense").get("/sparql").then().statusCode(400);
        given().queryParam("query", select).get("/sparql").then().statusCode(401);
    }

    @Test
    void ckanActionApiWithPlainHttp() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> search = http.send(HttpRequest.newBuilder(URI.create(base + "api/3/action/package_search?q="
                        + java.net.URLEncoder.encode("法人", java.nio.charset.StandardCharsets.UTF_8)
                        + "&rows=5&facet.field=%5B%22organization%22,%22res_format%22%5D"))
                .header("Authorization", "test-key-hz-mzj").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(search.statusCode()).isEqualTo(200);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.body());
        assertThat(json.get("success").asBoolean()).isTrue();
        assertThat(json.at("/result/count").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(json.at("/result/results/0/organization/name").asText()).startsWith("hz-");
        assertThat(json.at("/result/search_facets/organization/items").size()).isGreaterThanOrEqualTo(1);

        HttpResponse<String> show = http.send(HttpRequest.newBuilder(URI.create(base + "api/3/action/package_show?id="
                + DemoCatalog.LEGAL_ENTITY_BASIC)).header("X-CKAN-API-Key", "test-key-hz-mzj").build(), HttpResponse.BodyHandlers.ofString());
        var pkg = new com.fasterxml.jackson.databind.ObjectMapper().readTree(show.body());
        assertThat(pkg.at("/result/title").asText()).isEqualTo("法人单位基本信息");
        assertThat(pkg.at("/result/resources/0/url").asText()).contains("/api/v1/exchange/resources/" + DemoCatalog.LEGAL_ENTITY_BASIC);

        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(URI.create(base + "api/3/action/package_show?id=nope-000000"))
                .header("Authorization", "test-key-hz-mzj").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"success\":false").contains("Not Found Error");

        HttpResponse<String> orgs = http.send(HttpRequest.newBuilder(URI.create(base + "api/3/action/organization_list"))
                .header("Authorization", "test-key-hz-mzj").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(orgs.body()).contains("hz-gaj").contains("hz-scjgj");
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "api/3/action/package_list"))
                .header("Authorization", "test-key-hz-mzj").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.body()).contains(DemoCatalog.POPULATION_BASIC).doesNotContain(DemoCatalog.HOUSING_TRANSACTIONS_DRAFT);
    }
}
