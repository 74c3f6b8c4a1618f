package org.govex.exchange.ops;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

@QuarkusTest
class OperationsEndpointsTest {

    @Test
    void liveAndReadyNeedNoKeyAndReportDatabaseAndRdfStore() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("rdf-store"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheAdminApiAndTheBearerScheme() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("govex API"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/admin/principals"))
                .body("components.securitySchemes.apiKey.scheme", equalTo("bearer"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_memory_used_bytes"))
                .body(containsString("govex_journal_head ")).body(containsString("govex_base_merge_lag_records "))
                .body(containsString("govex_delivery_events_read_total ")).body(containsString("govex_delivery_events_projected_total "));
    }

    @Test
    void consoleAndItsAssetsAreOpenWithoutAKey() {
        given().redirects().follow(false).get("/console").then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.endsWith("/console/"));
        given().get("/console/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("政务信息资源目录"));
        given().get("/console/app.js").then().statusCode(200);
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js").then().statusCode(200);
    }
}
