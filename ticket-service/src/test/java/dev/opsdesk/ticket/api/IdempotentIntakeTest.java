package dev.opsdesk.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A client that retries a POST with the same Idempotency-Key never creates a second ticket. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IdempotentIntakeTest {

    private static ValidatableResponse post(String key, String subject, String email) {
        return given().header("Authorization", TestTokens.bearer("zalora", "integration"))
                .header("Idempotency-Key", key)
                .contentType("application/json")
                .body("{\"channel\":\"EMAIL\",\"subject\":\"" + subject + "\",\"requester\":{\"email\":\"" + email + "\"}}")
                .when().post("/api/v1/tickets").then();
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameTicket() {
        String key = UUID.randomUUID().toString();
        String email = "idem-" + key + "@example.com";
        String first = post(key, "Refund", email).statusCode(201).extract().path("id");
        String second = post(key, "Refund", email).statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("id");
        assertEquals(first, second);
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get("/api/v1/tickets?requester=" + email)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    @Test
    void theSameKeyForAnotherRequestIsAConflict() {
        String key = UUID.randomUUID().toString();
        String email = "idem-" + key + "@example.com";
        post(key, "Refund", email).statusCode(201);
        post(key, "Something else", email).statusCode(409).contentType("application/problem+json");
    }

    @Test
    void keysAreScopedToTheTenant() {
        String key = UUID.randomUUID().toString();
        post(key, "Refund", "a-" + key + "@example.com").statusCode(201);
        given().header("Authorization", TestTokens.bearer("crazysales", "integration"))
                .header("Idempotency-Key", key).contentType("application/json")
                .body("{\"channel\":\"EMAIL\",\"subject\":\"Refund\",\"requester\":{\"email\":\"a-" + key + "@example.com\"}}")
                .when().post("/api/v1/tickets").then().statusCode(201);
    }
}
