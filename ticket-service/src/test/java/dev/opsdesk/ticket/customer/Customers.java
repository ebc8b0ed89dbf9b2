package dev.opsdesk.ticket.customer;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Drives customers through the public API; every test makes its own identities (one shared database). */
final class Customers {

    private Customers() {
    }

    static String uniqueEmail(String name) {
        return name + "." + UUID.randomUUID() + "@example.com";
    }

    /** A 9-digit subscriber number nobody else in the test run has. */
    static String uniqueDigits() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 1_000_000_000L));
    }

    static ValidatableResponse create(String tenant, Map<String, ?> body) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json").body(body)
                .when().post("/api/v1/customers").then();
    }

    /** Creates a customer with these e-mails and returns its id. */
    static String createWithEmails(String tenant, String... emails) {
        return create(tenant, Map.of("displayName", "Test customer", "emails", List.of(emails)))
                .statusCode(201).extract().path("id");
    }

    static ValidatableResponse get(String tenant, String path) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/customers" + path).then();
    }

    static ValidatableResponse lookup(String tenant, String parameter, String value) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .queryParam(parameter, value)
                .when().get("/api/v1/customers").then();
    }

    static ValidatableResponse addIdentity(String tenant, String customerId, String kind, String value) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .contentType("application/json").body(Map.of("kind", kind, "value", value))
                .when().post("/api/v1/customers/" + customerId + "/identities").then();
    }

    static ValidatableResponse merge(String tenant, String role, String intoId, String fromId) {
        return given().header("Authorization", TestTokens.bearer(tenant, role))
                .contentType("application/json").body(Map.of("from", fromId))
                .when().post("/api/v1/customers/" + intoId + "/merge").then();
    }

    /** The customer a ticket is linked to. */
    static String customerOf(String tenant, String ticketId) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticketId)
                .then().statusCode(200).extract().path("customerId");
    }
}
