package dev.opsdesk.qa.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.opsdesk.testing.RealInfrastructure;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

/** The qa-service API as the tests call it, with tokens for any user of any tenant. */
public final class QaApi {

    private QaApi() {
    }

    public static String newTenant(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** ticket-service records a user by the token's name: "test-<role>@<tenant>" unless named otherwise. */
    public static String user(String tenant, String role) {
        return "test-" + role + "@" + tenant;
    }

    public static String bearer(String tenant, String role, String user) {
        return "Bearer " + Jwt.issuer(RealInfrastructure.ISSUER).subject(user).upn(user).claim("tenant", tenant)
                .groups(Set.of(role)).expiresIn(Duration.ofMinutes(30)).sign();
    }

    public static RequestSpecification as(String tenant, String role) {
        return as(tenant, role, user(tenant, role));
    }

    public static RequestSpecification as(String tenant, String role, String user) {
        return given().header("Authorization", bearer(tenant, role, user)).contentType("application/json");
    }

    /** Sets the tenant's QA up from a shipped template (admin). */
    public static void install(String tenant, String template) {
        as(tenant, "admin").post("/api/v1/scorecards/templates/" + template + "/install").then().statusCode(201);
    }

    /** Waits until the interaction's evaluation satisfies {@code ready}, then returns it. */
    public static JsonPath awaitEvaluation(String tenant, UUID ticketId, java.util.function.Predicate<JsonPath> ready) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonPath page = as(tenant, "qa").queryParam("ticketId", ticketId.toString()).get("/api/v1/evaluations")
                    .then().statusCode(200).extract().jsonPath();
            if (page.getList("items").isEmpty()) {
                return false;
            }
            JsonPath one = as(tenant, "qa").get("/api/v1/evaluations/" + page.getString("items[0].id")).then().statusCode(200)
                    .extract().jsonPath();
            found[0] = one;
            return ready.test(one);
        });
        return found[0];
    }

    /** The item {@code itemId} of an evaluation: its result and provenance. */
    public static String item(JsonPath evaluation, String itemId, String field) {
        return evaluation.getString("items.find { it.itemId == '" + itemId + "' }." + field);
    }
}
