package dev.opsdesk.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import dev.opsdesk.ticket.TicketRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketApiTest {

    @Test
    void aCreatedTicketIsReadableAtItsLocationByItsOwnTenantOnly() {
        String location = TicketRequests.create("festival", "agent", "PHONE", "  Lost wristband  ", "guest@example.org")
                .header("Location");

        given().header("Authorization", TestTokens.bearer("festival", "agent"))
                .when().get(location)
                .then().statusCode(200)
                .body("subject", equalTo("Lost wristband"))
                .body("status", equalTo("SUPPORT_QUEUE"))
                .body("statusCategory", equalTo("NEW"))
                .body("channel", equalTo("PHONE"));

        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get(location)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }
}
