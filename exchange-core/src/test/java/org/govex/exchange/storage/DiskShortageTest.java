package org.govex.exchange.storage;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.journal.Journal;
import org.govex.exchange.support.TestCatalog;
import org.govex.exchange.support.TestPersons;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The running hub on a data volume that is short of space (the guard measures a volume with 300
 * MB free against its 1-GB floor): publishes get 507 problem+json with Retry-After and write
 * nothing, the hub stays ready and alive (its health says publishing is refused), and publishing
 * resumes once there is room.
 */
@QuarkusTest
class DiskShortageTest {

    static final String GAJ = "Bearer test-key-hz-gaj";

    @Inject
    StorageGuard guard;

    @Inject
    CatalogService catalog;

    @Inject
    Journal journal;

    private Response publish(String code, int from) {
        return given().header("Authorization", GAJ).contentType("application/json")
                .body(TestPersons.array(from, 3).getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/exchange/resources/{code}/records", code);
    }

    @Test
    void publishesWaitForRoomOnTheDataVolume() throws Exception {
        String code = TestCatalog.person(catalog, "hz-gaj", ShareType.CONDITIONAL, false, TestCatalog.personItems(false));
        long gb = 1L << 30;
        FreeSpace shortVolume = new FreeSpace(() -> 300L << 20, gb);
        FreeSpace real = guard.use(shortVolume);
        try {
            long head = journal.head();
            publish(code, 9_101).then().statusCode(507).contentType("application/problem+json")
                    .header("Retry-After", "60")
                    .body("type", equalTo("https://govex.org/problems/insufficient-storage"))
                    .body("status", equalTo(507))
                    .body("detail", containsString("300 MB"))
                    .body("detail", containsString("govex.storage.min-free"));
            assertThat(journal.head()).as("nothing journalled").isEqualTo(head);
            assertThat(guard.roomToWrite()).as("the base merge waits too").isFalse();

            // still in service: feeds, queries and the catalog go on; the check says what is refused
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'storage' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'storage' }.data.publishing", equalTo("refused: disk below min-free"))
                    .body("checks.find { it.name == 'storage' }.data.free_bytes", equalTo((int) (300L << 20)));
            given().get("/q/health/live").then().statusCode(200)
                    .body("checks.name", hasItem("storage"));
        } finally {
            guard.use(real);
        }
        publish(code, 9_101).then().statusCode(200).body("accepted", equalTo(3));
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'storage' }.data.publishing", equalTo("accepted"));
    }
}
