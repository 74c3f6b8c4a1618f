package org.govex.exchange.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.govex.exchange.testing.Keys;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class AuthenticationTest {

    private static final String PRINCIPALS = "/api/v1/admin/principals";

    @Test
    void noKeyIs401ProblemWithBearerChallenge() {
        given().get(PRINCIPALS).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://govex.org/problems/unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void unknownKeyIs401() {
        given().header("Authorization", Keys.bearer("gvx_0000000000_not-a-real-key")).get(PRINCIPALS)
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", containsString("unknown or revoked"));
    }

    @Test
    void departmentKeyOnAdminEndpointIs403() {
        given().header("Authorization", Keys.bearer(Keys.department("hz-gaj"))).get(PRINCIPALS)
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://govex.org/problems/forbidden"));
    }

    @Test
    void adminKeyListsTheDemoDepartments() {
        given().header("Authorization", Keys.bearer(Keys.ADMIN)).get(PRINCIPALS)
                .then().statusCode(200)
                .body("id", hasItem("hz-gaj"))
                .body("find { it.id == 'hz-gaj' }.name", equalTo("杭州市公安局"))
                .body("find { it.id == 'hz-sjzyj' }.roles", hasItem("PLANNER"));
    }

    @Test
    void issuedKeyAuthenticatesUntilRevokedAndIsStoredOnlyAsHash() {
        String id = "sys-" + UUID.randomUUID().toString().substring(0, 8);
        given().header("Authorization", Keys.bearer(Keys.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("id", id, "kind", "SYSTEM", "name", "西湖区一网通办平台", "roles", new String[]{"CONSUMER"}))
                .post(PRINCIPALS).then().statusCode(201).body("name", equalTo("西湖区一网通办平台"));
        var issued = given().header("Authorization", Keys.bearer(Keys.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("principalId", id, "label", "integration"))
                .post("/api/v1/admin/keys").then().statusCode(201).extract().jsonPath();
        String key = issued.getString("apiKey");
        String keyId = issued.getString("keyId");

        // a consumer key is valid but lacks the admin role
        given().header("Authorization", Keys.bearer(key)).get(PRINCIPALS).then().statusCode(403);
        // the listing never shows the plaintext
        given().header("Authorization", Keys.bearer(Keys.ADMIN)).queryParam("principal", id).get("/api/v1/admin/keys")
                .then().statusCode(200).body(not(containsString(key)));

        given().header("Authorization", Keys.bearer(Keys.ADMIN)).delete("/api/v1/admin/keys/" + keyId).then().statusCode(204);
        given().header("Authorization", Keys.bearer(key)).get(PRINCIPALS).then().statusCode(401);
    }

    @Test
    void keyForUnknownPrincipalIs404Problem() {
        given().header("Authorization", Keys.bearer(Keys.ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("principalId", "no-such-principal"))
                .post("/api/v1/admin/keys").then().statusCode(404).contentType("application/problem+json");
    }
}
