package dev.opsdesk.ticket;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import java.util.Map;

/** Drives tickets through the public API, as a client would. */
public final class TicketRequests {

    private TicketRequests() {
    }

    public static ExtractableResponse<Response> create(String tenant, String role, String channel, String subject,
                                                       String requesterEmail) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, role))
                .contentType("application/json")
                .body("""
                        {"channel":"%s","subject":"%s","requester":{"email":"%s"}}"""
                        .formatted(channel, subject, requesterEmail))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract();
    }

    /** Creates a ticket and returns its id. */
    public static String createId(String tenant, String channel, String subject, String requesterEmail) {
        return create(tenant, "agent", channel, subject, requesterEmail).path("id");
    }

    /** Creates a ticket for a store (line of business) and returns its id. */
    public static String createInStore(String tenant, String channel, String store) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(Map.of("channel", channel, "subject", "About my order", "store", store,
                        "requester", Map.of("email", "buyer@example.com")))
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** POSTs a status change (body as a map) and returns the response for assertions. */
    public static ValidatableResponse changeStatus(String tenant, String id, Map<String, ?> body) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(body)
                .when().post("/api/v1/tickets/" + id + "/status")
                .then();
    }

    public static ValidatableResponse addMessage(String tenant, String id, String authorType, String visibility,
                                                 String body) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(Map.of("authorType", authorType, "visibility", visibility, "body", body))
                .when().post("/api/v1/tickets/" + id + "/messages")
                .then();
    }

    public static ValidatableResponse get(String tenant, String id) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + id).then();
    }

    public static ValidatableResponse addNote(String tenant, String id, String templateId, Map<String, String> fields) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(Map.of("templateId", templateId, "fields", fields))
                .when().post("/api/v1/tickets/" + id + "/notes")
                .then();
    }

    public static ValidatableResponse classify(String tenant, String id, Map<String, ?> body) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(body)
                .when().put("/api/v1/tickets/" + id + "/classification")
                .then();
    }

    public static ValidatableResponse close(String tenant, String id, Map<String, ?> body) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(body)
                .when().post("/api/v1/tickets/" + id + "/close")
                .then();
    }
}
