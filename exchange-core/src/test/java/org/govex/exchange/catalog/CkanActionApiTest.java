package org.govex.exchange.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.govex.exchange.demo.DemoCatalog;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CKAN Action API subset as a plain HTTP client (no REST Assured) sees it: CKAN's envelope
 * ({@code help}, {@code success}, {@code result}), its errors ({@code success:false},
 * {@code error.__type}, CKAN's status codes), GET query parameters and POSTed JSON as ckanapi sends.
 */
@QuarkusTest
class CkanActionApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String KEY = "test-key-hz-mzj";

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newHttpClient();

    record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer get(String pathAndQuery, String key) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + pathAndQuery));
        if (key != null) {
            r.header("X-CKAN-API-Key", key);
        }
        return answer(http.send(r.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private Answer post(String path, String json) throws Exception {
        return answer(http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", KEY)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Answer answer(HttpResponse<String> r) throws Exception {
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), JSON.readTree(r.body()));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void assertEnvelope(Answer a, String action) {
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.contentType()).startsWith("application/json");
        assertThat(a.body().get("help").asText()).endsWith("/api/3/action/help_show?name=" + action);
        assertThat(a.body().get("success").asBoolean()).isTrue();
        assertThat(a.body().has("result")).isTrue();
    }

    private static List<String> names(JsonNode results) {
        List<String> out = new ArrayList<>();
        results.forEach(p -> out.add(p.get("name").asText()));
        return out;
    }

    @Test
    void packageSearchWithFilterFacetsAndPaging() throws Exception {
        Answer a = get("api/3/action/package_search?fq=" + enc("organization:hz-gaj") + "&rows=100"
                + "&facet.field=" + enc("[\"organization\",\"res_format\"]"), KEY);
        assertEnvelope(a, "package_search");
        JsonNode result = a.body().get("result");
        int count = result.get("count").asInt();
        assertThat(count).isGreaterThanOrEqualTo(1);
        assertThat(names(result.get("results"))).contains(DemoCatalog.POPULATION_BASIC)
                .doesNotContain(DemoCatalog.LEGAL_ENTITY_BASIC, DemoCatalog.HOUSING_TRANSACTIONS_DRAFT);
        result.get("results").forEach(p -> assertThat(p.at("/organization/name").asText()).isEqualTo("hz-gaj"));
        // facets in both of CKAN's forms, only for the fields asked for
        assertThat(result.at("/facets/organization/hz-gaj").asInt()).isEqualTo(count);
        assertThat(result.at("/search_facets/organization/title").asText()).isEqualTo("organization");
        JsonNode item = result.at("/search_facets/organization/items/0");
        assertThat(item.get("name").asText()).isEqualTo("hz-gaj");
        assertThat(item.get("display_name").asText()).isEqualTo("杭州市公安局");
        assertThat(item.get("count").asInt()).isEqualTo(count);
        assertThat(result.at("/search_facets/res_format/items").size()).isGreaterThanOrEqualTo(1);
        assertThat(result.get("search_facets").has("groups")).isFalse();

        // paging: rows and start, also when start is not a multiple of rows
        List<String> all = names(get("api/3/action/package_search?rows=100&sort=" + enc("name asc"), KEY).body().at("/result/results"));
        assertThat(all.size()).isGreaterThanOrEqualTo(6);
        assertThat(all).isSorted();
        assertThat(names(get("api/3/action/package_search?rows=2&start=2&sort=" + enc("name asc"), KEY).body().at("/result/results")))
                .isEqualTo(all.subList(2, 4));
        assertThat(names(get("api/3/action/package_search?rows=3&start=1&sort=" + enc("name asc"), KEY).body().at("/result/results")))
                .isEqualTo(all.subList(1, 4));

        // rows=0: the count and facets alone
        Answer countOnly = get("api/3/action/package_search?rows=0&fq=" + enc("organization:hz-gaj")
                + "&facet.field=" + enc("[\"organization\"]"), KEY);
        assertThat(countOnly.body().at("/result/count").asInt()).isEqualTo(count);
        assertThat(countOnly.body().at("/result/results").size()).isZero();
        assertThat(countOnly.body().at("/result/facets/organization/hz-gaj").asInt()).isEqualTo(count);

        // q: full text in Chinese
        Answer q = get("api/3/action/package_search?q=" + enc("法人单位") + "&fq=" + enc("+organization:hz-scjgj"), KEY);
        assertThat(names(q.body().at("/result/results"))).contains(DemoCatalog.LEGAL_ENTITY_BASIC);
    }

    @Test
    void ckanapiStylePostWithJsonBody() throws Exception {
        Answer a = post("api/3/action/package_search",
                "{\"q\": \"人口\", \"fq\": \"organization:hz-gaj\", \"rows\": 5, \"start\": 0, \"facet.field\": [\"organization\"]}");
        assertEnvelope(a, "package_search");
        assertThat(names(a.body().at("/result/results"))).contains(DemoCatalog.POPULATION_BASIC);
        assertThat(a.body().at("/result/search_facets/organization/items/0/name").asText()).isEqualTo("hz-gaj");
        Answer show = post("api/3/action/package_show", "{\"id\": \"" + DemoCatalog.LEGAL_ENTITY_BASIC + "\"}");
        assertEnvelope(show, "package_show");
        assertThat(show.body().at("/result/title").asText()).isEqualTo("法人单位基本信息");
    }

    @Test
    void listsAndShows() throws Exception {
        Answer list = get("api/3/action/package_list", KEY);
        assertEnvelope(list, "package_list");
        List<String> codes = new ArrayList<>();
        list.body().get("result").forEach(n -> codes.add(n.asText()));
        assertThat(codes).containsAll(DemoCatalog.PUBLISHED).doesNotContain(DemoCatalog.HOUSING_TRANSACTIONS_DRAFT,
                DemoCatalog.TEMPORARY_RESIDENTS_WITHDRAWN);

        Answer orgs = get("api/3/action/organization_list", KEY);
        assertEnvelope(orgs, "organization_list");
        assertThat(orgs.body().get("result").toString()).contains("\"hz-gaj\"", "\"hz-scjgj\"");
        Answer full = get("api/3/action/organization_list?all_fields=true", KEY);
        assertThat(full.body().at("/result/0/is_organization").asBoolean()).isTrue();

        Answer show = get("api/3/action/package_show?id=" + DemoCatalog.POPULATION_BASIC, KEY);
        assertEnvelope(show, "package_show");
        JsonNode pkg = show.body().get("result");
        assertThat(pkg.get("name").asText()).isEqualTo(DemoCatalog.POPULATION_BASIC);
        assertThat(pkg.get("state").asText()).isEqualTo("active");
        assertThat(pkg.at("/organization/title").asText()).isEqualTo("杭州市公安局");
        assertThat(pkg.get("num_resources").asInt()).isEqualTo(pkg.get("resources").size());
    }

    @Test
    void errorsKeepCkansBody() throws Exception {
        Answer missing = get("api/3/action/package_show?id=nope-000000", KEY);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/json");
        assertThat(missing.body().get("success").asBoolean()).isFalse();
        assertThat(missing.body().at("/error/__type").asText()).isEqualTo("Not Found Error");
        assertThat(missing.body().get("help").asText()).endsWith("help_show?name=package_show");

        Answer noId = get("api/3/action/package_show", KEY);
        assertThat(noId.status()).isEqualTo(409);
        assertThat(noId.body().at("/error/__type").asText()).isEqualTo("Validation Error");
        assertThat(noId.body().at("/error/id/0").asText()).isEqualTo("Missing value");

        Answer badRows = get("api/3/action/package_search?rows=many", KEY);
        assertThat(badRows.status()).isEqualTo(409);
        assertThat(badRows.body().at("/error/__type").asText()).isEqualTo("Validation Error");
        assertThat(badRows.body().at("/error/rows/0").asText()).isEqualTo("Invalid integer");

        Answer badSort = get("api/3/action/package_search?sort=" + enc("colour asc"), KEY);
        assertThat(badSort.status()).isEqualTo(200);

        // CKAN answers an unknown action with 400 and a bare JSON string
        Answer unknown = get("api/3/action/package_destroy_everything", KEY);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().isTextual()).isTrue();
        assertThat(unknown.body().asText()).isEqualTo("Bad request - Action name not known: package_destroy_everything");

        Answer anonymous = get("api/3/action/package_list", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().get("success").asBoolean()).isFalse();
        assertThat(anonymous.body().at("/error/__type").asText()).isEqualTo("Authorization Error");

        Answer wrongKey = get("api/3/action/package_list", "no-such-key-0000");
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.body().get("success").asBoolean()).isFalse();
        assertThat(wrongKey.body().at("/error/__type").asText()).isEqualTo("Authorization Error");
    }

    @Test
    void unversionedPathAsCkanapiCallsIt() throws Exception {
        Answer a = post("api/action/package_show", "{\"id\": \"" + DemoCatalog.ECONOMIC_INDICATORS + "\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.body().get("success").asBoolean()).isTrue();
        assertThat(a.body().at("/result/title").asText()).isEqualTo("国民经济主要指标");
        Answer anonymous = get("api/action/package_list", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.body().at("/error/__type").asText()).isEqualTo("Authorization Error");
    }
}
