package dev.opsdesk.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketApiTest {

    @Test
    void aCreatedTicketIsReadableAtItsLocationByItsOwnTenantOnly() {
        String location = given()
                .header("Authorization", TestTokens.bearer("festival", "agent"))
                .contentType("application/json")
                .body("""
                        {"channel":"PHONE","subject":"  Lost wristband  ","requester":{"email":"guest@example.org"}}""")
                .when().post("/api/v1/tickets")
                .then().statusCode(201)
                .extract().header("Location");

        given().header("Authorization", TestTokens.bearer("festival", "agent"))
                .when().get(location)
                .then().statusCode(200)
                .body("subject", equalTo("Lost wristband"))
                .body("status", equalTo("NEW"))
                .body("channel", equalTo("PHONE"));

        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get(location)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }
}
