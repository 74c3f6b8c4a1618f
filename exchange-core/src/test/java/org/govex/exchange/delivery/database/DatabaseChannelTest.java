package org.govex.exchange.delivery.database;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.govex.adapters.testing.SharedPostgres;
import org.govex.exchange.support.Http;
import org.govex.exchange.support.TestPersons;
import org.govex.exchange.testing.Keys;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The consumer-database channel end to end: 税务局 (hz-swj) holds a grant on 人口基本信息
 * (101001-000001, provider 公安局 hz-gaj) and subscribes with its own PostgreSQL table.
 */
@QuarkusTest
class DatabaseChannelTest {

    static final String POPULATION = "101001-000001";
    static final String GAJ = Keys.bearer(Keys.department("hz-gaj"));
    static final String SWJ = Keys.bearer(Keys.department("hz-swj"));
    static final String PASSWORD = "swj-数据库-Secret-2026";

    void grant() {
        String id = given().header("Authorization", SWJ).contentType("application/json")
                .body("{\"resource\":\"" + POPULATION + "\",\"purpose\":\"个人所得税专项附加扣除信息核验\","
                        + "\"legalBasis\":\"《中华人民共和国个人所得税法》第十五条\","
                        + "\"fields\":[\"idNumber\",\"name\",\"domicileDivision\",\"domicileAddress\",\"updatedAt\"]}")
                .post("/api/v1/exchange/access-requests").then().statusCode(202).extract().jsonPath().getString("id");
        given().header("Authorization", GAJ).contentType("application/json")
                .body("{\"decision\":\"APPROVE\",\"fields\":[\"idNumber\",\"name\",\"domicileDivision\",\"domicileAddress\",\"updatedAt\"]}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id).then().statusCode(200).body("status", equalTo("GRANTED"));
    }

    JsonPath publish(String body) {
        return given().header("Authorization", GAJ).contentType("application/json").body(body)
                .post("/api/v1/exchange/resources/{code}/records", POPULATION).then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Object> subscription(String jdbcUrl, String table) {
        Map<String, Object> database = new LinkedHashMap<>();
        database.put("jdbcUrl", jdbcUrl);
        database.put("user", "postgres");
        database.put("password", PASSWORD);
        database.put("table", table);
        return Map.of("resource", POPULATION, "channel", "DATABASE", "database", database);
    }

    JsonPath view(String id) {
        return given().header("Authorization", SWJ).get("/api/v1/exchange/subscriptions/{id}", id).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void theConsumersTableHoldsTheNewestMaskedVersionOfEachPerson() throws Exception {
        grant();
        String db = SharedPostgres.createDatabase("swj");
        String url = SharedPostgres.jdbcUrl(db);
        var created = given().header("Authorization", SWJ).contentType("application/json")
                .body(subscription(url, "govex_population")).post("/api/v1/exchange/subscriptions").then().statusCode(201)
                .body("subscription.channel", equalTo("DATABASE")).body("subscription.endpoint", equalTo(url))
                .body("database.table", equalTo("govex_population")).body("database.user", equalTo("postgres"))
                .body("database.passwordSet", equalTo(true)).extract();
        assertThat(created.asString()).doesNotContain(PASSWORD).doesNotContain("aesgcm");
        String subId = created.jsonPath().getString("subscription.id");

        long n = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        String a1 = TestPersons.json(n, "2026-11-26T08:00:00+08:00");
        String a2 = TestPersons.json(n, "2026-11-26T09:00:00+08:00");
        long firstSeq = publish("[" + a1 + "," + TestPersons.json(n + 1) + "]").getLong("firstSequence");
        long lastSeq = publish("[" + a2 + "," + TestPersons.json(n + 2) + "]").getLong("lastSequence");

        Http.eventually(Duration.ofSeconds(30), "four deliveries", () -> view(subId).getLong("subscription.deliveredCount") == 4);
        Map<String, Map<String, Object>> rows = rows(db, "govex_population");
        // the grant masks the ID number, so the key column holds its pseudonym, never the number
        assertThat(rows).hasSize(3);
        assertThat(rows.keySet()).allSatisfy(k -> assertThat(k).matches("p-[0-9a-f]{32}"));
        String idA = TestPersons.idNumber(n);
        String maskedA = idA.substring(0, 6) + "********" + idA.substring(14);
        String keyA = keyOf(rows, maskedA);
        Map<String, Object> a = rows.get(keyA);
        assertThat(a.get("seq")).isEqualTo(lastSeq - 1); // the update, not the first version
        assertThat(a.get("event_id")).isEqualTo(POPULATION + ":" + (lastSeq - 1));
        assertThat(a.get("resource_code")).isEqualTo(POPULATION);
        String payload = (String) a.get("payload");
        assertThat(payload).contains("\"idNumber\":\"" + idA.substring(0, 6) + "********" + idA.substring(14) + "\"")
                .doesNotContain(idA).contains("\"domicileAddress\":\"浙江省杭州市****\"").doesNotContain("文三路")
                .contains("\"updatedAt\":\"2026-11-26T09:00:00+08:00\"") // the update, not the first version
                .doesNotContain("\"sex\"").doesNotContain("\"birthDate\""); // not granted
        assertThat(payload).containsPattern("\"name\":\"[\\u4e00-\\u9fa5]\\*+\"");
        assertThat(rows.values()).allSatisfy(r -> assertThat((String) r.get("payload")).contains("********").contains("浙江省杭州市"));

        // a replay from the first sequence redelivers both versions of A (at-least-once): the table ends as it was
        given().header("Authorization", SWJ).post("/api/v1/exchange/subscriptions/{id}/replay?from=" + firstSeq, subId)
                .then().statusCode(200);
        Http.eventually(Duration.ofSeconds(30), "replayed", () -> view(subId).getLong("subscription.deliveredCount") == 8);
        Map<String, Object> after = rows(db, "govex_population").get(keyA);
        assertThat(after.get("seq")).isEqualTo(lastSeq - 1);
        assertThat((String) after.get("payload")).contains("\"updatedAt\":\"2026-11-26T09:00:00+08:00\"");

        JsonPath v = view(subId);
        assertThat(v.getString("database.table")).isEqualTo("govex_population");
        assertThat(v.getInt("subscription.attempts")).isZero();
        assertThat(v.prettify()).doesNotContain(PASSWORD).doesNotContain("aesgcm");
        assertThat(given().header("Authorization", SWJ).get("/api/v1/exchange/subscriptions").asString()).doesNotContain(PASSWORD);
    }

    @Test
    void badTargetsAreRefusedNamingTheFieldAndTheRule() {
        grant();
        String hubData = Path.of("target/test-data").toAbsolutePath() + "/govex";
        refused(subscription("jdbc:mysql://db.swj.hz.gov.cn:3306/tax", "govex_population"), "database.jdbcUrl", "jdbcUrl.scheme");
        refused(subscription("jdbc:h2:file:" + hubData, "govex_population"), "database.jdbcUrl", "jdbcUrl.hub-data");
        refused(subscription("jdbc:h2:tcp://localhost/swj;INIT=DROP_ALL_OBJECTS", "govex_population"), "database.jdbcUrl",
                "jdbcUrl.h2-setting");
        refused(subscription("jdbc:postgresql://db.swj.hz.gov.cn/tax?socketFactory=x.Evil", "govex_population"), "database.jdbcUrl",
                "jdbcUrl.parameter");
        refused(subscription("jdbc:postgresql://db.swj.hz.gov.cn/tax", "Population; DROP TABLE x"), "database.table", "table.identifier");
        refused(subscription("jdbc:postgresql://db.swj.hz.gov.cn/tax", "user"), "database.table", "table.reserved");
        refused(Map.of("resource", POPULATION, "channel", "DATABASE"), "database", "required");
        refused(Map.of("resource", POPULATION, "channel", "FEED", "database", Map.of("jdbcUrl", "jdbc:postgresql://db/x", "table", "t")),
                "database", "channel.mismatch");
    }

    void refused(Map<String, Object> body, String field, String rule) {
        given().header("Authorization", SWJ).contentType("application/json").body(body)
                .post("/api/v1/exchange/subscriptions").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem(field))
                .body("errors.find { it.field == '" + field + "' }.rule", equalTo(rule));
    }

    @Test
    void aTargetThatIsDownShowsAttemptsAndTheLastErrorThenADeadLetter() throws Exception {
        grant();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        String subId = given().header("Authorization", SWJ).contentType("application/json")
                .body(subscription("jdbc:postgresql://127.0.0.1:" + closedPort + "/tax", "govex_population"))
                .post("/api/v1/exchange/subscriptions").then().statusCode(201).extract().jsonPath().getString("subscription.id");
        long n = ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000);
        publish("[" + TestPersons.json(n) + "]");

        Http.eventually(Duration.ofSeconds(30), "a failed attempt", () -> view(subId).getString("subscription.lastError") != null);
        JsonPath failing = view(subId);
        assertThat(failing.getString("subscription.lastError")).contains("SQLState 08").doesNotContain(PASSWORD);
        assertThat(failing.getInt("subscription.attempts") > 0 || !failing.getList("deadLetters").isEmpty()).isTrue();
        // the test profile allows 3 attempts; then the batch is a dead letter and the cursor moves on
        Http.eventually(Duration.ofSeconds(30), "dead letter", () -> !view(subId).getList("deadLetters").isEmpty());
        JsonPath dead = view(subId);
        assertThat(dead.getInt("deadLetters[0].events")).isEqualTo(1);
        assertThat(dead.getInt("deadLetters[0].attempts")).isEqualTo(3);
        assertThat(dead.getLong("lag")).isZero();
    }

    static String keyOf(Map<String, Map<String, Object>> rows, String maskedId) {
        return rows.entrySet().stream().filter(e -> ((String) e.getValue().get("payload")).contains("\"" + maskedId + "\""))
                .map(Map.Entry::getKey).reduce((x, y) -> {
                    throw new AssertionError("two rows for " + maskedId);
                }).orElseThrow();
    }

    static Map<String, Map<String, Object>> rows(String database, String table) throws Exception {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        try (Connection c = SharedPostgres.server().getDatabase("postgres", database).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT record_key, seq, event_id, resource_code, recorded_at, payload FROM " + table)) {
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("seq", rs.getLong("seq"));
                row.put("event_id", rs.getString("event_id"));
                row.put("resource_code", rs.getString("resource_code"));
                row.put("recorded_at", rs.getObject("recorded_at", java.time.OffsetDateTime.class));
                row.put("payload", rs.getString("payload"));
                out.put(rs.getString("record_key"), row);
            }
        }
        return out;
    }
}
