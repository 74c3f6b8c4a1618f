package org.govex.exchange.planning;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.govex.exchange.support.TestPersons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exchange's facts reach the planning analyses: a pending access request past its
 * working-day deadline is overdue in the sharing report, and a base-database conflict between 公安
 * and 人社 on a person's domicile address is evidence for the duplicate source 人口基本信息.
 * The rows are written as the exchange's access and merge services write them.
 */
@QuarkusTest
class PlanningFactsApiTest {

    @Inject
    AgroalDataSource db;

    @Inject
    @io.quarkus.agroal.DataSource(org.govex.exchange.base.BaseStore.DATASOURCE)
    AgroalDataSource baseDb;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void demoModel() throws IOException {
        given().auth().oauth2(PlanningApiTest.PLANNER).contentType(PlanningApiTest.XLSX).body(PlanningApiTest.demoXlsx())
                .put("/api/v1/planning/model").then().statusCode(200);
    }

    /** Leave no requests or conflicts behind for other tests of the shared store. */
    @org.junit.jupiter.api.AfterEach
    void removeRows() throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM access_request WHERE id LIKE ?")) {
                ps.setString(1, "AR-" + run + "%");
                ps.executeUpdate();
            }
        }
        try (Connection c = baseDb.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM golden_conflict WHERE id LIKE ?")) {
            ps.setString(1, "CF-" + run + "%");
            ps.executeUpdate();
        }
    }

    @Test
    void overdueAccessRequestsAndConflictEvidence() throws SQLException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Instant now = Instant.now();
        insertRequest("AR-" + run + "-late", "hz-fgj", "hz-gaj", now.minus(20, ChronoUnit.DAYS), today.minusDays(3));
        insertRequest("AR-" + run + "-ok", "hz-rsj", "hz-wjw", now.minus(1, ChronoUnit.DAYS), today.plusDays(9));
        String person = TestPersons.idNumber(4242);
        insertConflict("CF-" + run, "population", person, "domicileAddress", "hz-gaj", "101001-000001",
                "hz-rsj", "101003-000001", now);
        insertConflict("CF-" + run + "-le", "legal-entity", "51330100MJ8888888X", "registeredAddress", "hz-mzj", "102003-000001",
                "hz-swj", "102002-000001", now);

        JsonPath sharing = given().auth().oauth2(PlanningApiTest.PLANNER).get("/api/v1/planning/sharing")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Object> late = sharing.getMap("overdueAccessRequests.find { it.id == 'AR-" + run + "-late' }");
        assertThat(late).containsEntry("providerCode", "hz-gaj").containsEntry("requesterCode", "hz-fgj");
        // due at the start of the day after the deadline (Asia/Shanghai): 2 days and some hours ago
        assertThat(((Number) late.get("overdueDays")).longValue()).isBetween(1L, 2L);
        assertThat(sharing.getList("overdueAccessRequests.id")).doesNotContain("AR-" + run + "-ok");
        assertThat(sharing.getInt("pendingAccessRequests")).isGreaterThanOrEqualTo(2);

        JsonPath cov = given().auth().oauth2(PlanningApiTest.PLANNER).get("/api/v1/planning/coverage")
                .then().statusCode(200).extract().jsonPath();
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-RK-JBXX' }.conflicts.id")).contains("CF-" + run);
        assertThat(cov.getMap("dataClasses.find { it.code == 'DC-RK-JBXX' }.conflicts.find { it.id == 'CF-" + run + "' }"))
                .containsEntry("recordKey", person).containsEntry("field", "domicileAddress");
        // a conflict on 社会组织登记信息 (民政) against 纳税人登记信息 (税务) is evidence wherever either resource is mapped
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-FR-SHZZ' }.conflicts.id")).contains("CF-" + run + "-le");
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-FR-JBXX' }.conflicts.id")).contains("CF-" + run + "-le");
        // but not for data classes of another base database
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-RK-JBXX' }.conflicts.id")).doesNotContain("CF-" + run + "-le");
    }

    private void insertRequest(String id, String consumer, String provider, Instant at, LocalDate deadline) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO access_request (id, consumer_id, resource_code, provider_code, purpose, legal_basis, fields_wanted, "
                        + "status, share_type, requested_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 'CONDITIONAL', ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, consumer);
            ps.setString(3, provider.equals("hz-gaj") ? "101001-000001" : "304001-000001");
            ps.setString(4, provider);
            ps.setString(5, "购房资格审核核验户籍");
            ps.setString(6, "《杭州市房地产市场调控规定》");
            ps.setString(7, "idNumber,name,domicileDivision");
            ps.setTimestamp(8, Timestamp.from(at));
            ps.setDate(9, Date.valueOf(deadline));
            ps.executeUpdate();
        }
    }

    private void insertConflict(String id, String base, String key, String field, String kept, String keptResource,
                                String other, String otherResource, Instant at) throws SQLException {
        try (Connection c = baseDb.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO golden_conflict (id, base_db, record_key, field_name, kept_value, kept_resource, kept_department, "
                        + "other_value, other_resource, other_department, journal_seq, resolution, detected_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 'NO_AUTHORITY', ?)")) {
            ps.setString(1, id);
            ps.setString(2, base);
            ps.setString(3, key);
            ps.setString(4, field);
            ps.setString(5, "浙江省杭州市西湖区文三路90号");
            ps.setString(6, keptResource);
            ps.setString(7, kept);
            ps.setString(8, "浙江省杭州市西湖区文三路9号");
            ps.setString(9, otherResource);
            ps.setString(10, other);
            ps.setTimestamp(11, Timestamp.from(at));
            ps.executeUpdate();
        }
    }
}
