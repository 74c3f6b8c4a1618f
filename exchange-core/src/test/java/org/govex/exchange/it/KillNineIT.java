package org.govex.exchange.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.govex.exchange.support.Http;
import org.govex.exchange.support.HubProcess;
import org.govex.exchange.support.TestPersons;
import org.govex.exchange.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Publishes from several clients into the packaged hub, kills it with SIGKILL while batches are
 * in flight, restarts it on the same data directory and checks: every acknowledged record is in
 * the journal exactly once at the sequence its receipt named, and is delivered to the webhook
 * subscriber after the restart.
 */
class KillNineIT {

    static final String POPULATION = "101001-000001"; // DemoCatalog.POPULATION_BASIC, provider hz-gaj, CONDITIONAL
    static final String GAJ = HubProcess.KEY_PREFIX + "hz-gaj";
    static final String MZJ = HubProcess.KEY_PREFIX + "hz-mzj";

    @Test
    void acknowledgedRecordsSurviveKillNineExactlyOnceAndAreDeliveredAfterRestart() throws Exception {
        Path data = HubProcess.freshDir("kill9-data");
        List<String> jvm = List.of("-Xmx384m");
        Map<Long, Receipt> acknowledged = new ConcurrentHashMap<>();
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            HubProcess hub = new HubProcess(data, jvm).start();
            Http http = new Http(hub.url(""));
            try {
                // the consumer gets a grant that shows the ID number unmasked, and subscribes by webhook
                Http.Reply req = http.post("/api/v1/exchange/access-requests", MZJ, "application/json",
                        "{\"resource\":\"" + POPULATION + "\",\"purpose\":\"婚姻登记身份核验\",\"legalBasis\":\"《婚姻登记条例》第七条\","
                                + "\"fields\":[\"idNumber\",\"name\",\"domicileDivision\",\"updatedAt\"]}");
                assertThat(req.status()).as(req.raw().body()).isEqualTo(202);
                String requestId = req.body().get("id").asText();
                Http.Reply decision = http.post("/api/v1/exchange/access-requests/" + requestId + "/decision", GAJ, "application/json",
                        "{\"decision\":\"APPROVE\",\"unmaskedFields\":[\"idNumber\"]}");
                assertThat(decision.status()).as(decision.raw().body()).isEqualTo(200);
                Http.Reply sub = http.post("/api/v1/exchange/subscriptions", MZJ, "application/json",
                        "{\"resource\":\"" + POPULATION + "\",\"channel\":\"WEBHOOK\",\"endpoint\":\"" + receiver.url() + "\",\"fromSequence\":1}");
                assertThat(sub.status()).as(sub.raw().body()).isEqualTo(201);
                receiver.secret(sub.body().get("secret").asText());

                // four publishers, 50-record batches, kill -9 once enough receipts are back
                int clients = 4;
                int batch = 50;
                AtomicLong next = new AtomicLong(1_000);
                CountDownLatch enough = new CountDownLatch(24);
                ExecutorService pool = Executors.newFixedThreadPool(clients);
                for (int c = 0; c < clients; c++) {
                    pool.submit(() -> {
                        while (!Thread.currentThread().isInterrupted()) {
                            long from = next.getAndAdd(batch);
                            try {
                                Http.Reply r = http.post("/api/v1/exchange/resources/" + POPULATION + "/records", GAJ,
                                        "application/json", TestPersons.array(from, batch));
                                if (r.status() != 200) {
                                    return null;
                                }
                                acknowledged.put(from, new Receipt(from, batch, r.body().get("firstSequence").asLong(),
                                        r.body().get("lastSequence").asLong()));
                                enough.countDown();
                            } catch (Exception e) {
                                return null; // the hub died under us: this batch was never acknowledged
                            }
                        }
                        return null;
                    });
                }
                assertThat(enough.await(120, TimeUnit.SECONDS)).isTrue();
                hub.kill();
                pool.shutdownNow();
                pool.awaitTermination(30, TimeUnit.SECONDS);
            } finally {
                hub.close();
            }
            assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(24);

            HubProcess restarted = new HubProcess(data, jvm).start();
            try {
                Http http2 = new Http(restarted.url(""));
                // read the whole journal of the resource through the feed
                Map<String, List<Long>> seqsById = new HashMap<>();
                long after = 0;
                while (true) {
                    Http.Reply page = http2.get("/api/v1/exchange/resources/" + POPULATION + "/feed?after=" + after + "&limit=1000", MZJ);
                    assertThat(page.status()).isEqualTo(200);
                    JsonNode events = page.body().get("events");
                    if (events.isEmpty()) {
                        break;
                    }
                    for (JsonNode e : events) {
                        seqsById.computeIfAbsent(e.get("data").get("idNumber").asText(), k -> new ArrayList<>())
                                .add(e.get("govexsequence").asLong());
                    }
                    after = page.body().get("next").asLong();
                }
                Set<String> expectedIds = new HashSet<>();
                for (Receipt r : acknowledged.values()) {
                    assertThat(r.last - r.first + 1).isEqualTo(r.count);
                    for (int i = 0; i < r.count; i++) {
                        String id = TestPersons.idNumber(r.from + i);
                        expectedIds.add(id);
                        assertThat(seqsById.get(id)).as("journal entries of acknowledged record " + id)
                                .containsExactly(r.first + i);
                    }
                }
                // every journal entry appears once (no record written twice)
                seqsById.forEach((id, seqs) -> assertThat(seqs).as(id).hasSize(1));

                Http.eventually(Duration.ofSeconds(120), "webhook delivery of every acknowledged record", () -> {
                    Set<String> delivered = new HashSet<>();
                    receiver.events().forEach(e -> delivered.add(e.event().get("data").get("idNumber").asText()));
                    return delivered.containsAll(expectedIds);
                });
                assertThat(receiver.events()).allMatch(WebhookReceiver.Received::signatureValid);
                Http.Reply verify = http2.get("/api/v1/audit/verify", HubProcess.ADMIN_KEY);
                assertThat(verify.body().get("valid").asBoolean()).as(verify.raw().body()).isTrue();
            } finally {
                restarted.close();
            }
        }
    }

    record Receipt(long from, int count, long first, long last) {
    }
}
