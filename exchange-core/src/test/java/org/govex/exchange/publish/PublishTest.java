package org.govex.exchange.publish;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.audit.AuditTrail;
import org.govex.exchange.support.TestCatalog;
import org.govex.exchange.support.TestPersons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PublishTest {

    static final String GAJ = "Bearer test-key-hz-gaj";
    static final String MZJ = "Bearer test-key-hz-mzj";

    @Inject
    CatalogService catalog;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AuditTrail audit;

    String strict;
    String partial;

    @BeforeEach
    void resources() {
        strict = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, false, TestCatalog.personItems(false));
        partial = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, true, TestCatalog.personItems(false));
    }

    private Response publish(String code, String contentType, String body) {
        return given().header("Authorization", GAJ).contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/exchange/resources/{code}/records", code);
    }

    @Test
    void aJsonBatchIsJournalledAndTheReceiptNamesItsRangeAndDigest() throws Exception {
        Response r = publish(strict, "application/json", TestPersons.array(1, 3));
        r.then().statusCode(200).body("accepted", equalTo(3)).body("rejected", equalTo(0));
        long first = r.jsonPath().getLong("firstSequence");
        long last = r.jsonPath().getLong("lastSequence");
        assertThat(last - first).isEqualTo(2);
        List<String> payloads = payloads(strict);
        assertThat(payloads).hasSize(3);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (String p : payloads) {
            md.update((p + "\n").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(r.jsonPath().getString("digest")).isEqualTo(HexFormat.of().formatHex(md.digest()));
        assertThat(payloads.get(0)).contains("\"idNumber\":\"" + TestPersons.idNumber(1) + "\"");
        assertThat(audit.list(0, 1000, "publish", strict)).hasSize(1)
                .allMatch(e -> e.detail().contains(r.jsonPath().getString("batchId")));
    }

    @Test
    void ndjsonXmlAndCsvAreAcceptedLikeJson() {
        String ndjson = TestPersons.json(11) + "\n" + TestPersons.json(12) + "\n";
        publish(strict, "application/x-ndjson", ndjson).then().statusCode(200).body("accepted", equalTo(2));
        String id = TestPersons.idNumber(13);
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><persons><person><idNumber>" + id + "</idNumber><name>陈静</name>"
                + "<sex>" + (((id.charAt(16) - '0') % 2 == 1) ? "1" : "2") + "</sex><birthDate>" + id.substring(6, 10) + "-"
                + id.substring(10, 12) + "-" + id.substring(12, 14) + "</birthDate><domicileDivision>" + id.substring(0, 6)
                + "</domicileDivision><updatedAt>2026-11-20T09:30:00+08:00</updatedAt></person></persons>";
        publish(strict, "application/xml", xml).then().statusCode(200).body("accepted", equalTo(1));
        String csv = "idNumber,name,sex,birthDate,domicileDivision,updatedAt\n"
                + "330106198512120011,王小明,1,1985-12-12,330106,2026-11-20T09:30:00+08:00\n"
                + "33010819920315002X,李娜,2,1992-03-15,330108,2026-11-20T09:30:00+08:00\n";
        publish(strict, "text/csv", csv).then().statusCode(200).body("accepted", equalTo(2));
        assertThat(payloads(strict)).hasSize(5);
    }

    @Test
    void aBadCheckDigitRefusesTheWholeBatchByDefault() {
        String bad = "[" + TestPersons.json(21) + "," + TestPersons.json(22).replace(TestPersons.idNumber(22),
                wrongCheckDigit(TestPersons.idNumber(22))) + "]";
        publish(strict, "application/json", bad).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/validation-failed/rejected-records"))
                .body("errors.field", hasItem("records[1].idNumber"))
                .body("errors.rule", hasItem("CitizenIdNumber.checkDigit"));
        assertThat(payloads(strict)).isEmpty();
    }

    @Test
    void aResourceThatAcceptsInPartTakesTheGoodRecordsAndListsTheRejections() {
        String wrong = wrongCheckDigit(TestPersons.idNumber(32));
        String body = "[" + TestPersons.json(31) + "," + TestPersons.json(32).replace(TestPersons.idNumber(32), wrong) + ","
                + TestPersons.json(33).replace("\"domicileDivision\":\"", "\"domicileDivision\":\"X") + "]";
        publish(partial, "application/json", body).then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(2))
                .body("rejections[0].index", equalTo(1)).body("rejections[0].key", equalTo(wrong))
                .body("rejections[0].errors.rule", hasItem("CitizenIdNumber.checkDigit"))
                .body("rejections[1].index", equalTo(2));
        assertThat(payloads(partial)).hasSize(1);
    }

    @Test
    void theSameIdempotencyKeyGetsTheFirstReceiptAndWritesNothingTwice() {
        String key = UUID.randomUUID().toString();
        String body = TestPersons.array(41, 2);
        Response first = given().header("Authorization", GAJ).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/exchange/resources/{code}/records", strict);
        first.then().statusCode(200);
        Response again = given().header("Authorization", GAJ).header("Idempotency-Key", key).contentType("application/json")
                .body(body).post("/api/v1/exchange/resources/{code}/records", strict);
        again.then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("batchId", equalTo(first.jsonPath().getString("batchId")))
                .body("firstSequence", equalTo(first.jsonPath().getInt("firstSequence")));
        assertThat(payloads(strict)).hasSize(2);
    }

    @Test
    void refusalsAreProblemJson() {
        publish("101001-999999", "application/json", TestPersons.array(51, 1)).then().statusCode(404)
                .contentType("application/problem+json");
        given().header("Authorization", MZJ).contentType("application/json").body(TestPersons.array(51, 1))
                .post("/api/v1/exchange/resources/{code}/records", strict)
                .then().statusCode(403).contentType("application/problem+json");
        publish(strict, "application/json", "[" + TestPersons.json(52).replace("}", ",\"bloodType\":\"A\"}") + "]")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/validation-failed/undeclared-data-items"))
                .body("errors[0].field", equalTo("bloodType"));
        publish(strict, "application/pdf", "%PDF").then().statusCode(415).contentType("application/problem+json");
        publish(strict, "application/json", "[{\"idNumber\": ").then().statusCode(400).contentType("application/problem+json");
        catalog.withdraw(strict, "hz-gaj", "停止采集");
        publish(strict, "application/json", TestPersons.array(53, 1)).then().statusCode(410)
                .contentType("application/problem+json").body("detail", startsWith("Resource " + strict));
        assertThat(payloads(strict)).isEmpty();
    }

    static String wrongCheckDigit(String id) {
        char c = id.charAt(17);
        char w = c == '1' ? '2' : '1';
        return id.substring(0, 17) + w;
    }

    List<String> payloads(String resource) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT payload_lines FROM journal_block WHERE resource_code = ? ORDER BY last_seq")) {
            ps.setString(1, resource);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    // a stored block: one payload per line, UTF-8
                    out.addAll(List.of(new String(rs.getBytes(1), StandardCharsets.UTF_8).split("\n")));
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
