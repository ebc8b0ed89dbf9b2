package dev.opsdesk.ticket.intake;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** Logs calls through the intake API, as the agent's softphone would. */
final class CallRequests {

    private CallRequests() {
    }

    static Map<String, Object> call(String direction, String outcome, String phone, String... more) {
        Map<String, Object> body = new HashMap<>(Map.of("direction", direction, "outcome", outcome, "phone", phone,
                "durationSeconds", 300, "issue", "Parcel late", "resolution", "Chased the courier"));
        for (int i = 0; i + 1 < more.length; i += 2) {
            body.put(more[i], more[i + 1]);
        }
        return body;
    }

    static ValidatableResponse log(String tenant, Map<String, ?> body) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent")).contentType("application/json")
                .body(body).when().post("/api/v1/intake/calls").then();
    }

    static String phone() {
        return "+61 2 " + (1000_0000 + (int) (Math.random() * 8999_9999));
    }
}
