package dev.opsdesk.ticket.intake;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;

/** Reads what intake recorded, through its API. */
public final class IntakeQueries {

    private IntakeQueries() {
    }

    /** The one inbound-mail record of a Message-ID (the newest when there are several). */
    public static JsonPath inbound(String tenant, String messageId) {
        List<Map<String, Object>> rows = inboundList(tenant, "messageId", messageId);
        if (rows.isEmpty()) {
            throw new AssertionError("no inbound mail " + messageId + " in " + tenant);
        }
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(rows.get(0)).toString());
    }

    public static List<Map<String, Object>> inboundList(String tenant, String... query) {
        var request = given().header("Authorization", TestTokens.bearer(tenant, "agent")).queryParam("limit", 500);
        for (int i = 0; i + 1 < query.length; i += 2) {
            request = request.queryParam(query[i], query[i + 1]);
        }
        return request.when().get("/api/v1/intake/email").then().statusCode(200).extract().jsonPath().getList("$");
    }
}
