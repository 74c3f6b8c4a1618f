package org.govex.exchange.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.govex.exchange.catalog.CatalogApiTest.ADMIN;
import static org.govex.exchange.catalog.CatalogApiTest.GAJ;
import static org.govex.exchange.catalog.CatalogApiTest.MZJ;
import static org.govex.exchange.catalog.CatalogApiTest.body;
import static org.govex.exchange.catalog.CatalogApiTest.newCode;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Who may see and change what: providers edit only their own department's entries (403 on
 * another department's published entry), any key reads published entries, a draft exists only
 * for its provider and admins — everywhere else (GET, PUT, publish, withdraw, history, search,
 * CKAN, DCAT export, SPARQL) another department gets 404 or simply does not find it.
 */
@QuarkusTest
class CatalogAuthorizationTest {

    static final String RESOURCES = "/api/v1/catalog/resources";
    static final ObjectMapper JSON = new ObjectMapper();

    /** A fresh hz-gaj draft with a title no other entry has. */
    static Map<String, Object> draft(String code, String title) {
        Map<String, Object> b = new java.util.HashMap<>(body(code, "CONDITIONAL", "用于实有人口管理和社区服务", "《居住证暂行条例》"));
        b.put("titleZh", title);
        given().header("Authorization", GAJ).contentType(ContentType.JSON).body(b).post(RESOURCES)
                .then().statusCode(201).body("status", equalTo("DRAFT"));
        return b;
    }

    @Test
    void anotherDepartmentsDraftDoesNotExistForItsEditors() {
        String code = newCode();
        Map<String, Object> b = draft(code, "上城区群租房登记信息草稿");
        for (String path : List.of(RESOURCES + "/" + code, RESOURCES + "/" + code + "/history",
                RESOURCES + "/" + code + "/history/1", RESOURCES + "/" + code + "/diff")) {
            given().header("Authorization", MZJ).get(path).then().statusCode(404).contentType("application/problem+json");
        }
        given().header("Authorization", MZJ).contentType(ContentType.JSON).body(b).put(RESOURCES + "/" + code)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", MZJ).post(RESOURCES + "/" + code + "/publish")
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", MZJ).delete(RESOURCES + "/" + code)
                .then().statusCode(404).contentType("application/problem+json");
        // its provider and admins see it
        given().header("Authorization", GAJ).get(RESOURCES + "/" + code + "/history").then().statusCode(200);
        given().header("Authorization", ADMIN).get(RESOURCES + "/" + code).then().statusCode(200).body("status", equalTo("DRAFT"));
        // still a draft, version 1: nothing the other department tried took effect
        given().header("Authorization", GAJ).get(RESOURCES + "/" + code).then().statusCode(200)
                .body("version", equalTo(1)).body("status", equalTo("DRAFT"));
    }

    @Test
    void anotherDepartmentsPublishedEntryIsReadableButNotEditable() {
        String code = newCode();
        Map<String, Object> b = draft(code, "上城区出租房屋登记信息");
        given().header("Authorization", GAJ).post(RESOURCES + "/" + code + "/publish").then().statusCode(200);
        given().header("Authorization", MZJ).get(RESOURCES + "/" + code).then().statusCode(200).body("status", equalTo("PUBLISHED"));
        given().header("Authorization", MZJ).get(RESOURCES + "/" + code + "/history").then().statusCode(200);
        Map<String, Object> changed = new java.util.HashMap<>(b);
        changed.put("updateCycle", "WEEKLY");
        given().header("Authorization", MZJ).contentType(ContentType.JSON).body(changed).put(RESOURCES + "/" + code)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/forbidden"));
        given().header("Authorization", MZJ).post(RESOURCES + "/" + code + "/publish")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", MZJ).delete(RESOURCES + "/" + code + "?reason=误操作")
                .then().statusCode(403).contentType("application/problem+json");
        // moving it to one's own department is not a way in either
        changed.put("providerCode", "hz-mzj");
        given().header("Authorization", MZJ).contentType(ContentType.JSON).body(changed).put(RESOURCES + "/" + code)
                .then().statusCode(403);
        given().header("Authorization", GAJ).get(RESOURCES + "/" + code).then().statusCode(200)
                .body("version", equalTo(2)).body("status", equalTo("PUBLISHED")).body("updateCycle", equalTo("DAILY"));
        given().get(RESOURCES + "/" + code).then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void draftsStayOutOfOtherDepartmentsSearchCkanExportAndSparql() throws Exception {
        String code = newCode();
        String title = "上城区流动人口临时草稿" + code.substring(code.length() - 5);
        draft(code, title);

        // search: not with the default status, not when asking for drafts or any status
        for (String status : List.of("", "DRAFT", "ANY")) {
            given().header("Authorization", MZJ).queryParam("q", code).queryParam("status", status).get(RESOURCES)
                    .then().statusCode(200).body("results.code", not(hasItem(code)));
        }
        given().header("Authorization", MZJ).queryParam("status", "DRAFT").queryParam("provider", "hz-gaj").get(RESOURCES)
                .then().statusCode(200).body("total", equalTo(0)).body("facets.status.DRAFT", equalTo(null));
        given().header("Authorization", GAJ).queryParam("q", code).queryParam("status", "DRAFT").get(RESOURCES)
                .then().statusCode(200).body("results.code", hasItem(code));
        given().header("Authorization", ADMIN).queryParam("q", code).queryParam("status", "ANY").get(RESOURCES)
                .then().statusCode(200).body("results.code", hasItem(code));

        // CKAN
        given().header("X-CKAN-API-Key", "test-key-hz-mzj").get("/api/3/action/package_show?id=" + code)
                .then().statusCode(404).body("success", equalTo(false));
        given().header("X-CKAN-API-Key", "test-key-hz-mzj").queryParam("q", code).get("/api/3/action/package_search")
                .then().statusCode(200).body("result.count", equalTo(0));
        given().header("X-CKAN-API-Key", "test-key-hz-mzj").get("/api/3/action/package_list")
                .then().statusCode(200).body("result", not(hasItem(code)));
        given().header("X-CKAN-API-Key", "test-key-hz-gaj").get("/api/3/action/package_show?id=" + code)
                .then().statusCode(200).body("result.state", equalTo("draft"));

        // DCAT export: only published entries, for everyone
        for (String key : List.of(MZJ, GAJ)) {
            String ttl = given().header("Authorization", key).get("/catalog.ttl?size=10000")
                    .then().statusCode(200).extract().asString();
            assertThat(ttl).doesNotContain(code);
        }

        // SPARQL: the draft's graphs, triples and observations are not there for hz-mzj
        String byId = "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?s WHERE { ?s dct:identifier \"" + code + "\" }";
        String byGraph = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(CONTAINS(STR(?g), \"" + code + "\")) }";
        String byTitle = "PREFIX dct: <http://purl.org/dc/terms/> ASK { ?s dct:title \"" + title + "\"@zh }";
        assertThat(rows(MZJ, byId)).isEmpty();
        assertThat(rows(MZJ, byGraph)).isEmpty();
        assertThat(ask(MZJ, byTitle)).isFalse();
        assertThat(rows(GAJ, byId)).hasSize(1);
        assertThat(rows(ADMIN, byGraph)).hasSize(1);
        assertThat(ask(GAJ, byTitle)).isTrue();
        // published entries stay visible to hz-mzj through the filtered view, by default graph and by GRAPH
        assertThat(rows(MZJ, "PREFIX dct: <http://purl.org/dc/terms/> SELECT ?s WHERE { ?s dct:identifier \"101001-000001\" }")).hasSize(1);
        assertThat(rows(MZJ, "SELECT ?g WHERE { GRAPH ?g { <https://govex.org/id/resource/101001-000001> ?p ?o } } LIMIT 1")).hasSize(1);

        // once published, everyone finds it
        given().header("Authorization", GAJ).post(RESOURCES + "/" + code + "/publish").then().statusCode(200);
        given().header("Authorization", MZJ).queryParam("q", code).get(RESOURCES)
                .then().statusCode(200).body("results.code", hasItem(code));
        assertThat(rows(MZJ, byId)).hasSize(1);
        // its archived draft version is history now, readable like the rest of the history
        given().header("Authorization", MZJ).get(RESOURCES + "/" + code + "/history/1").then().statusCode(200)
                .body("status", equalTo("DRAFT"));
    }

    private static List<JsonNode> rows(String key, String query) throws Exception {
        String json = given().header("Authorization", key).accept("application/sparql-results+json")
                .queryParam("query", query).get("/sparql").then().statusCode(200).extract().asString();
        List<JsonNode> out = new java.util.ArrayList<>();
        JSON.readTree(json).at("/results/bindings").forEach(out::add);
        return out;
    }

    private static boolean ask(String key, String query) throws Exception {
        String json = given().header("Authorization", key).accept("application/sparql-results+json")
                .queryParam("query", query).get("/sparql").then().statusCode(200).extract().asString();
        return JSON.readTree(json).get("boolean").asBoolean();
    }
}
