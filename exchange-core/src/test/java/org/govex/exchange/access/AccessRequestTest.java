package org.govex.exchange.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.support.TestCatalog;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class AccessRequestTest {

    static final String GAJ = "Bearer test-key-hz-gaj";
    static final String MZJ = "Bearer test-key-hz-mzj";

    @Inject
    CatalogService catalog;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditTrail audit;

    @Inject
    AccessService access;

    String body(String resource, String fields) {
        return "{\"resource\":\"" + resource + "\",\"purpose\":\"最低生活保障资格审核\",\"legalBasis\":\"《社会救助暂行办法》第十一条\","
                + "\"fields\":" + fields + "}";
    }

    @Test
    void unconditionalIsGrantedAtOnce() {
        String r = TestCatalog.person(catalog, "hz-gaj", ShareType.UNCONDITIONAL, false, TestCatalog.personItems(false));
        given().header("Authorization", MZJ).contentType("application/json").body(body(r, "[\"idNumber\",\"name\"]"))
                .post("/api/v1/exchange/access-requests").then().statusCode(201)
                .body("status", equalTo("GRANTED")).body("grantedFields", equalTo(java.util.List.of("idNumber", "name")));
    }

    @Test
    void notSharedIsRefusedWithTheLegalBasis() {
        String r = TestCatalog.person(catalog, "hz-gaj", ShareType.NONE, false, TestCatalog.personItems(false));
        given().header("Authorization", MZJ).contentType("application/json").body(body(r, "[\"idNumber\"]"))
                .post("/api/v1/exchange/access-requests").then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("《中华人民共和国个人信息保护法》第三十四条"));
        assertThat(audit.list(0, 100, "access.request", r)).hasSize(1).allMatch(e -> e.detail().contains("REFUSED"));
    }

    @Test
    void conditionalWaitsWithAWorkingDayDeadlineAndOnlyTheProviderDecides() {
        String r = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, false, TestCatalog.personItems(false));
        var req = given().header("Authorization", MZJ).contentType("application/json")
                .body(body(r, "[\"idNumber\",\"name\",\"domicileAddress\"]"))
                .post("/api/v1/exchange/access-requests").then().statusCode(202).body("status", equalTo("PENDING"))
                .extract().jsonPath();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(LocalDate.parse(req.getString("deadline"))).isEqualTo(access.workingDays().plus(today, 10));
        String id = req.getString("id");
        // the consumer cannot decide its own request, nor another provider
        given().header("Authorization", MZJ).contentType("application/json").body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(403);
        given().header("Authorization", "Bearer test-key-hz-scjgj").contentType("application/json").body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(403);
        // more fields than asked, unmasking a field not granted, a rejection without reason: refused
        given().header("Authorization", GAJ).contentType("application/json").body("{\"decision\":\"APPROVE\",\"fields\":[\"sex\"]}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(422)
                .body("errors.rule", hasItem("subsetOfRequested"));
        given().header("Authorization", GAJ).contentType("application/json")
                .body("{\"decision\":\"APPROVE\",\"fields\":[\"idNumber\"],\"unmaskedFields\":[\"name\"]}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(422);
        given().header("Authorization", GAJ).contentType("application/json").body("{\"decision\":\"REJECT\"}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(422);
        given().header("Authorization", GAJ).contentType("application/json")
                .body("{\"decision\":\"REJECT\",\"reason\":\"申请用途与所需信息项不符，不符合最小必要原则\"}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(200)
                .body("status", equalTo("REJECTED"));
        given().header("Authorization", GAJ).contentType("application/json").body("{\"decision\":\"APPROVE\"}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(409);
        assertThat(audit.list(0, 100, "access.decision", r)).hasSize(1).allMatch(e -> e.detail().contains("REJECT"));
    }

    @Test
    void requestsPastTheirDeadlineAreFlaggedAndListed() throws Exception {
        String r = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, false, TestCatalog.personItems(false));
        String id = given().header("Authorization", MZJ).contentType("application/json").body(body(r, "[\"idNumber\"]"))
                .post("/api/v1/exchange/access-requests").then().statusCode(202).extract().jsonPath().getString("id");
        // the request was filed fifteen working days ago: move its dates back
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE access_request SET deadline = ? WHERE id = ?")) {
            ps.setDate(1, java.sql.Date.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(3)));
            ps.setString(2, id);
            ps.executeUpdate();
        }
        given().header("Authorization", GAJ).get("/api/v1/exchange/access-requests/{id}", id).then()
                .body("overdue", equalTo(true));
        given().header("Authorization", GAJ).get("/api/v1/exchange/access-requests?overdue=true").then().statusCode(200)
                .body("id", hasItem(id));
    }

    @Test
    void fieldsTheResourceDoesNotDeclareAreRefused() {
        String r = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, false, TestCatalog.personItems(false));
        given().header("Authorization", MZJ).contentType("application/json").body(body(r, "[\"idNumber\",\"bankAccount\"]"))
                .post("/api/v1/exchange/access-requests").then().statusCode(422).contentType("application/problem+json");
    }
}
