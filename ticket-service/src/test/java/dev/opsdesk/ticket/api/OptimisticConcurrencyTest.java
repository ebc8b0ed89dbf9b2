package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two agents cannot silently overwrite each other: If-Match with the ETag of what they read. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OptimisticConcurrencyTest {

    @Test
    void aChangeBasedOnAStaleReadIsRefusedWith412AndChangesNothing() {
        String id = createId("crazysales", "EMAIL", "Two agents", "g@example.com");
        String etag = given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .when().get("/api/v1/tickets/" + id).then().statusCode(200).extract().header("ETag");

        // agent one replies, moving the ticket on
        given().header("Authorization", TestTokens.bearer("crazysales", "agent")).header("If-Match", etag)
                .contentType("application/json").body(Map.of("body", "First answer"))
                .when().post("/api/v1/tickets/" + id + "/messages").then().statusCode(201);
        // agent two still holds the old ETag
        given().header("Authorization", TestTokens.bearer("crazysales", "agent")).header("If-Match", etag)
                .contentType("application/json")
                .body(Map.of("status", "RESOLVED", "reply", Map.of("body", "Second answer")))
                .when().post("/api/v1/tickets/" + id + "/status")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", endsWith("/stale-version"));

        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .when().get("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void anotherTenantsTicketIsNotFound() {
        String id = createId("crazysales", "EMAIL", "Mine", "h@example.com");
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .contentType("application/json").body(Map.of("body", "hello"))
                .when().post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(404);
    }
}
