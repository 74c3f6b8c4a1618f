package org.govex.exchange.feedback;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.support.Http;
import org.govex.exchange.support.TestCatalog;
import org.govex.exchange.support.TestPersons;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class CatalogFeedbackTest {

    @Inject
    CatalogService catalog;

    @Test
    void thePublishedRecordCountLastRecordTimeAndSubscribersReachTheCatalog() throws Exception {
        String r = TestCatalog.person(catalog, "hz-gaj", ShareType.UNCONDITIONAL, false, TestCatalog.personItems(false));
        Instant before = Instant.now().minusSeconds(1);
        given().header("Authorization", "Bearer test-key-hz-gaj").contentType("application/json").body(TestPersons.array(500, 4))
                .post("/api/v1/exchange/resources/{code}/records", r).then().statusCode(200);
        given().header("Authorization", "Bearer test-key-hz-mzj").contentType("application/json")
                .body("{\"resource\":\"" + r + "\",\"purpose\":\"户籍核验\",\"legalBasis\":\"依法履职\",\"fields\":[\"idNumber\"]}")
                .post("/api/v1/exchange/access-requests").then().statusCode(201);
        given().header("Authorization", "Bearer test-key-hz-mzj").contentType("application/json")
                .body(Map.of("resource", r, "channel", "FEED")).post("/api/v1/exchange/subscriptions").then().statusCode(201);
        Http.eventually(Duration.ofSeconds(30), "observations in the catalog", () -> {
            InformationResource entry = catalog.get(r);
            return entry.recordCount() == 4 && entry.subscriberCount() == 1;
        });
        assertThat(catalog.get(r).lastRecordAt()).isAfter(before);
    }
}
