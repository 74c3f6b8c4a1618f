package org.govex.exchange.delivery;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.support.Http;
import org.govex.exchange.support.TestCatalog;
import org.govex.exchange.support.TestPersons;
import org.govex.exchange.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * The story of a record: a provider publishes, a consumer asks for access, the provider approves
 * fewer fields, the consumer's webhook and feed receive the records masked and in order.
 */
@QuarkusTest
class ExchangeFlowTest {

    static final String GAJ = "Bearer test-key-hz-gaj";
    static final String MZJ = "Bearer test-key-hz-mzj";
    static final String FIELDS = "[\"idNumber\",\"name\",\"domicileDivision\",\"domicileAddress\",\"updatedAt\",\"birthDate\"]";

    @Inject
    CatalogService catalog;

    String grantFor(String resource) {
        JsonPath req = given().header("Authorization", MZJ).contentType("application/json")
                .body("{\"resource\":\"" + resource + "\",\"purpose\":\"婚姻登记当事人身份核验\",\"legalBasis\":\"《婚姻登记条例》第七条\","
                        + "\"fields\":" + FIELDS + "}")
                .post("/api/v1/exchange/access-requests").then().statusCode(202)
                .body("status", equalTo("PENDING")).body("deadline", notNullValue()).extract().jsonPath();
        String id = req.getString("id");
        given().header("Authorization", GAJ).contentType("application/json")
                .body("{\"decision\":\"APPROVE\",\"fields\":[\"idNumber\",\"name\",\"domicileDivision\",\"domicileAddress\",\"updatedAt\"]}")
                .post("/api/v1/exchange/access-requests/{id}/decision", id)
                .then().statusCode(200).body("status", equalTo("GRANTED"));
        return id;
    }

    void publish(String resource, String body) {
        given().header("Authorization", GAJ).contentType("application/json").body(body)
                .post("/api/v1/exchange/resources/{code}/records", resource).then().statusCode(200);
    }

    @Test
    void webhookAndFeedReceiveMaskedRecordsInOrder() throws Exception {
        String resource = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, false, TestCatalog.personItems(false));
        publish(resource, TestPersons.array(100, 2)); // before the subscription: not delivered to it
        String grant = grantFor(resource);
        try (WebhookReceiver hook = new WebhookReceiver()) {
            JsonPath sub = given().header("Authorization", MZJ).contentType("application/json")
                    .body(Map.of("resource", resource, "channel", "WEBHOOK", "endpoint", hook.url(), "divisionPrefix", "3301"))
                    .post("/api/v1/exchange/subscriptions").then().statusCode(201).extract().jsonPath();
            hook.secret(sub.getString("secret"));
            String subId = sub.getString("subscription.id");

            // the same person twice (an update) between two others: order per key must hold
            String v1 = TestPersons.json(200, "2026-11-21T08:00:00+08:00");
            String v2 = TestPersons.json(200, "2026-11-21T09:00:00+08:00").replace("文三路", "天目山路");
            publish(resource, "[" + v1 + "," + TestPersons.json(201) + "]");
            publish(resource, "[" + v2 + "," + TestPersons.json(202) + "]");

            Http.eventually(Duration.ofSeconds(30), "4 webhook events", () -> hook.events().size() >= 4);
            List<WebhookReceiver.Received> got = hook.events();
            assertThat(got).allMatch(WebhookReceiver.Received::signatureValid);
            List<Long> seqs = got.stream().map(e -> e.event().get("govexsequence").asLong()).toList();
            assertThat(seqs).isSorted().doesNotHaveDuplicates().hasSize(4);
            var first = got.get(0).event();
            assertThat(first.get("specversion").asText()).isEqualTo("1.0");
            assertThat(first.get("type").asText()).isEqualTo("org.govex.exchange.record");
            assertThat(first.get("id").asText()).isEqualTo(resource + ":" + seqs.get(0));
            var data = first.get("data");
            String id = TestPersons.idNumber(200);
            assertThat(data.get("idNumber").asText()).isEqualTo(id.substring(0, 6) + "********" + id.substring(14));
            assertThat(data.get("name").asText()).matches("^.\\*+$");
            assertThat(data.has("sex")).as("sex was not granted").isFalse();
            assertThat(data.has("birthDate")).as("birthDate was requested but not approved").isFalse();
            assertThat(data.get("domicileAddress").asText()).endsWith("****");
            assertThat(got.get(2).event().get("data").get("updatedAt").asText()).isEqualTo("2026-11-21T09:00:00+08:00");

            // the feed gives the same records, in sequence order, also masked
            JsonPath feed = given().header("Authorization", MZJ)
                    .get("/api/v1/exchange/resources/{code}/feed?after=0&limit=10", resource)
                    .then().statusCode(200).extract().jsonPath();
            List<Integer> feedSeqs = feed.getList("events.govexsequence", Integer.class);
            assertThat(feedSeqs).hasSize(6).isSorted();
            assertThat(feed.getString("events[0].data.idNumber")).contains("********");

            // long poll: a waiting reader is answered by the next publish
            long next = feed.getLong("next");
            CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> given().header("Authorization", MZJ)
                    .get("/api/v1/exchange/resources/{code}/feed?after=" + next + "&wait=20s", resource)
                    .then().statusCode(200).extract().jsonPath());
            Thread.sleep(300);
            publish(resource, "[" + TestPersons.json(203) + "]");
            assertThat(waiting.get().getList("events")).hasSize(1);

            Http.eventually(Duration.ofSeconds(30), "subscription caught up", () -> given().header("Authorization", MZJ)
                    .get("/api/v1/exchange/subscriptions/{id}", subId).jsonPath().getLong("lag") == 0);
            given().header("Authorization", MZJ).get("/api/v1/exchange/subscriptions/{id}", subId).then().statusCode(200)
                    .body("subscription.deliveredCount", equalTo(5)).body("subscription.attempts", equalTo(0));
            // wake-ups hand work to the delivery queue on the caller's thread: no ProducerTemplate
            // pool (its cached threads, one per concurrent wake-up, grew past a thousand under load)
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .noneMatch(n -> n.contains("ProducerTemplate"));

            // revocation stops delivery at once
            given().header("Authorization", GAJ).contentType("application/json").body("{\"reason\":\"用途已完成\"}")
                    .post("/api/v1/exchange/access-requests/{id}/revoke", grant).then().statusCode(200)
                    .body("status", equalTo("REVOKED"));
            given().header("Authorization", MZJ).get("/api/v1/exchange/subscriptions/{id}", subId).then()
                    .body("subscription.status", equalTo("SUSPENDED"));
            given().header("Authorization", MZJ).get("/api/v1/exchange/resources/{code}/feed?after=0", resource)
                    .then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void failuresBackOffThenDeadLetterAndReplayRedelivers() throws Exception {
        String resource = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, false, TestCatalog.personItems(false));
        grantFor(resource);
        try (WebhookReceiver hook = new WebhookReceiver()) {
            JsonPath sub = given().header("Authorization", MZJ).contentType("application/json")
                    .body(Map.of("resource", resource, "channel", "WEBHOOK", "endpoint", hook.url()))
                    .post("/api/v1/exchange/subscriptions").then().statusCode(201).extract().jsonPath();
            hook.secret(sub.getString("secret"));
            String subId = sub.getString("subscription.id");

            hook.failNext(2); // two 503s, then success: retried, delivered once accepted
            publish(resource, TestPersons.array(300, 2));
            Http.eventually(Duration.ofSeconds(30), "delivery after two failures", () -> hook.events().size() == 2);
            assertThat(hook.calls()).isEqualTo(3);

            hook.alwaysFail(true); // the test profile allows 3 attempts
            publish(resource, TestPersons.array(310, 3));
            Http.eventually(Duration.ofSeconds(30), "dead letter", () -> given().header("Authorization", MZJ)
                    .get("/api/v1/exchange/subscriptions/{id}", subId).jsonPath().getList("deadLetters").size() == 1);
            JsonPath view = given().header("Authorization", MZJ).get("/api/v1/exchange/subscriptions/{id}", subId).jsonPath();
            assertThat(view.getInt("deadLetters[0].events")).isEqualTo(3);
            assertThat(view.getString("subscription.lastError")).contains("503");
            assertThat(view.getLong("lag")).isZero();
            long from = view.getLong("deadLetters[0].firstSeq");

            hook.alwaysFail(false);
            given().header("Authorization", MZJ).post("/api/v1/exchange/subscriptions/{id}/replay?from=" + from, subId)
                    .then().statusCode(200);
            Http.eventually(Duration.ofSeconds(30), "replayed delivery", () -> hook.events().size() == 5);
            assertThat(hook.events().subList(2, 5)).extracting(e -> e.event().get("govexsequence").asLong())
                    .containsExactly(from, from + 1, from + 2);
        }
    }

    @Test
    void anotherConsumerCannotSeeOrReplayTheSubscription() {
        String resource = TestCatalog.person(catalog, "hz-gaj", ShareType.UNCONDITIONAL, false, TestCatalog.personItems(false));
        given().header("Authorization", MZJ).contentType("application/json")
                .body("{\"resource\":\"" + resource + "\",\"purpose\":\"户籍核验\",\"legalBasis\":\"依法履职\",\"fields\":[\"idNumber\"]}")
                .post("/api/v1/exchange/access-requests").then().statusCode(201).body("status", equalTo("GRANTED"));
        String subId = given().header("Authorization", MZJ).contentType("application/json")
                .body(Map.of("resource", resource, "channel", "FEED"))
                .post("/api/v1/exchange/subscriptions").then().statusCode(201).extract().jsonPath().getString("subscription.id");
        given().header("Authorization", "Bearer test-key-hz-rsj").get("/api/v1/exchange/subscriptions/{id}", subId)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", "Bearer test-key-hz-rsj").contentType("application/json")
                .body(Map.of("resource", resource, "channel", "FEED"))
                .post("/api/v1/exchange/subscriptions").then().statusCode(403);
    }
}
