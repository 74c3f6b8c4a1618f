package org.govex.exchange.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.govex.exchange.testing.Keys;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;

/** Every class of error the API can meet answers with RFC 9457 problem+json, never HTML. */
@QuarkusTest
class ProblemJsonTest {

    private static final String ADMIN = Keys.bearer(Keys.ADMIN);

    @Test
    void unknownPathOutsideTheApi() {
        given().accept("text/html").get("/no/such/page").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://govex.org/problems/not-found"))
                .body("title", notNullValue())
                .body("instance", equalTo("/no/such/page"));
    }

    @Test
    void unknownPathInsideTheApi() {
        given().header("Authorization", ADMIN).get("/api/v1/admin/nothing-here").then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("status", equalTo(404));
    }

    @Test
    void wrongMethod() {
        given().header("Authorization", ADMIN).put("/api/v1/admin/principals").then().statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://govex.org/problems/method-not-allowed"))
                .body("detail", containsString("PUT"));
    }

    @Test
    void unsupportedMediaType() {
        given().header("Authorization", ADMIN).contentType("text/plain").body("公安局")
                .post("/api/v1/admin/principals").then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://govex.org/problems/unsupported-media-type"));
    }

    @Test
    void unreadableJson() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body("{\"id\": \"hz-")
                .post("/api/v1/admin/principals").then().statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://govex.org/problems/unreadable-request"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void validationFailureListsEachOffendingField() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", "杭州市公安局", "name", ""))
                .post("/api/v1/admin/principals").then().statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://govex.org/problems/validation-failed/bean-validation"))
                .body("errors.field", hasItems("id", "kind", "name", "roles"))
                .body("errors.find { it.field == 'id' }.rule", equalTo("Pattern"))
                .body("errors.find { it.field == 'kind' }.rule", equalTo("NotNull"));
    }

    @Test
    void oversizedBodyIsRefusedBeforeItIsRead() {
        char[] big = new char[17 * 1024 * 1024];
        Arrays.fill(big, 'x');
        given().header("Authorization", ADMIN).contentType(ContentType.JSON).body(new String(big))
                .post("/api/v1/admin/principals").then().statusCode(413)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo("https://govex.org/problems/payload-too-large"))
                .body("detail", containsString("govex.max-body"));
    }

    @Test
    void conflictOnDuplicatePrincipal() {
        given().header("Authorization", ADMIN).contentType(ContentType.JSON)
                .body(Map.of("id", "hz-gaj", "kind", "DEPARTMENT", "name", "杭州市公安局", "roles", new String[]{"PROVIDER"}))
                .post("/api/v1/admin/principals").then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("hz-gaj"));
    }
}
