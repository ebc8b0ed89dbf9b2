package dev.opsdesk.ticket;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** Creates tickets through the public API, as a client would. */
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
}
