package dev.opsdesk.ticket.merge;

import static io.restassured.RestAssured.given;

import dev.opsdesk.testing.TestTokens;
import java.util.List;
import java.util.Map;

final class CustomerFixtures {

    private CustomerFixtures() {
    }

    /** A CrazySales customer known by all these addresses; returns its id. */
    static String customerWith(String... emails) {
        return given().header("Authorization", TestTokens.bearer(MergeFixtures.TENANT, "agent"))
                .contentType("application/json")
                .body(Map.of("displayName", "Customer", "emails", List.of(emails)))
                .when().post("/api/v1/customers")
                .then().statusCode(201).extract().path("id");
    }
}
