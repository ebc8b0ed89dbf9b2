package dev.opsdesk.ticket;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Logs activities (work logs) through the public API, as a client would. */
public final class ActivityRequests {

    private ActivityRequests() {
    }

    /** The body of a log request: category and duration, then optional key/value pairs (channel, callOutcome…). */
    public static Map<String, Object> activity(String taskCategory, int durationSeconds, String... more) {
        Map<String, Object> body = new HashMap<>();
        body.put("taskCategory", taskCategory);
        body.put("durationSeconds", durationSeconds);
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return body;
    }

    public static ValidatableResponse logOnTicket(String tenant, String ticketId, Map<String, ?> body) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(body)
                .when().post("/api/v1/tickets/" + ticketId + "/activities")
                .then();
    }

    public static ValidatableResponse logWithoutTicket(String tenant, Map<String, ?> body) {
        return given()
                .header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json")
                .body(body)
                .when().post("/api/v1/activities")
                .then();
    }

    public static ValidatableResponse listOfTicket(String tenant, String ticketId) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticketId + "/activities").then();
    }

    /** An eBay case number no other test uses. */
    public static String newEbayCaseId() {
        return "5" + Long.toString(Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L));
    }
}
