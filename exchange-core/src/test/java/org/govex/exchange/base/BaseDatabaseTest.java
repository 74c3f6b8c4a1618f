package org.govex.exchange.base;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.support.Http;
import org.govex.exchange.support.TestCatalog;
import org.govex.exchange.support.TestPersons;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * 一数一源: the public security bureau is the authoritative source of names; the health
 * commission reports a different name for the same person. The golden record keeps the
 * authoritative name, the conflict is listed for planners, and a consumer's once-only query
 * sees the record masked by its grant.
 */
@QuarkusTest
class BaseDatabaseTest {

    static final String GAJ = "Bearer test-key-hz-gaj";
    static final String WJW = "Bearer test-key-hz-wjw";
    static final String RSJ = "Bearer test-key-hz-rsj"; // a consumer with no other grants on population resources
    static final String PLANNER = "Bearer test-key-hz-sjzyj";

    @Inject
    CatalogService catalog;

    @Inject
    AuditTrail audit;

    @Test
    void theAuthoritativeValueWinsTheConflictIsListedAndQueriesAreMaskedAndAudited() throws Exception {
        // the demo's population resource of the public security bureau is the authoritative source of person data
        String authoritative = org.govex.exchange.demo.DemoCatalog.POPULATION_BASIC;
        List<DataItem> healthItems = TestCatalog.personItems(false);
        String health = TestCatalog.person(catalog, "hz-wjw", ShareType.CONDITIONAL, false, healthItems);
        long n = System.currentTimeMillis() % 15_000 + 2_000; // a person no other run used
        String id = TestPersons.idNumber(n);
        String record = TestPersons.json(n);
        String name = record.replaceAll(".*\"name\":\"([^\"]+)\".*", "$1");
        given().header("Authorization", GAJ).contentType("application/json").body("[" + record + "]")
                .post("/api/v1/exchange/resources/{code}/records", authoritative).then().statusCode(200);
        String otherName = name.equals("张伟") ? "张玮" : "张伟";
        given().header("Authorization", WJW).contentType("application/json")
                .body("[" + record.replace("\"name\":\"" + name + "\"", "\"name\":\"" + otherName + "\"") + "]")
                .post("/api/v1/exchange/resources/{code}/records", health).then().statusCode(200);

        Http.eventually(Duration.ofSeconds(30), "the conflict on name", () -> given().header("Authorization", PLANNER)
                .get("/api/v1/exchange/conflicts?base=population&key=" + id).jsonPath().getList("$").size() == 1);
        JsonPath conflict = given().header("Authorization", PLANNER).get("/api/v1/exchange/conflicts?base=population&key=" + id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(conflict.getString("[0].field")).isEqualTo("name");
        assertThat(conflict.getString("[0].keptValue")).isEqualTo(name);
        assertThat(conflict.getString("[0].keptDepartment")).isEqualTo("hz-gaj");
        assertThat(conflict.getString("[0].otherValue")).isEqualTo(otherName);
        assertThat(conflict.getString("[0].otherDepartment")).isEqualTo("hz-wjw");
        assertThat(conflict.getString("[0].resolution")).isEqualTo("AUTHORITATIVE_KEPT");

        // no grant on any population resource yet: refused
        given().header("Authorization", "Bearer test-key-hz-fgj").get("/api/v1/base/persons/{id}", id)
                .then().statusCode(403).contentType("application/problem+json");
        // a grant on the authoritative resource (conditional: the provider approves) for idNumber, name, domicileDivision
        String request = given().header("Authorization", RSJ).contentType("application/json")
                .body("{\"resource\":\"" + authoritative + "\",\"purpose\":\"婚姻登记身份核验\",\"legalBasis\":\"《婚姻登记条例》\","
                        + "\"fields\":[\"idNumber\",\"name\",\"domicileDivision\"]}")
                .post("/api/v1/exchange/access-requests").then().statusCode(202).extract().jsonPath().getString("id");
        given().header("Authorization", GAJ).contentType("application/json").body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/exchange/access-requests/{id}/decision", request).then().statusCode(200);
        JsonPath golden = given().header("Authorization", RSJ).get("/api/v1/base/persons/{id}", id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(golden.getString("fields.idNumber")).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
        assertThat(golden.getString("fields.name")).isEqualTo(name.charAt(0) + "*".repeat(name.length() - 1));
        assertThat(golden.getString("fields.domicileDivision")).isEqualTo(id.substring(0, 6));
        assertThat(golden.getMap("fields")).doesNotContainKeys("birthDate", "sex", "domicileAddress");
        assertThat(golden.getString("provenance.name.department")).isEqualTo("hz-gaj");
        assertThat(golden.getBoolean("provenance.name.authoritative")).isTrue();
        assertThat(audit.list(0, 10_000, "base.query", "population"))
                .anyMatch(e -> e.actor().equals("hz-rsj") && e.detail().contains(id));
        given().header("Authorization", RSJ).get("/api/v1/base/persons/{id}", "330106199901019999")
                .then().statusCode(404).contentType("application/problem+json");
    }
}
