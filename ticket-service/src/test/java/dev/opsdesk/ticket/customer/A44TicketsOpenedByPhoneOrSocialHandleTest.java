package dev.opsdesk.ticket.customer;

import static dev.opsdesk.ticket.TicketRequests.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A44: the ticket API opens tickets for a requester known by phone or social handle, not only by e-mail. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A44TicketsOpenedByPhoneOrSocialHandleTest {

    @Test
    void aPhoneRequesterIsNormalisedAndNamesItsCustomer() {
        String digits = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000L);
        String id = create(Map.of("phone", "+61 4" + digits, "name", "Ana")).statusCode(201).extract().path("id");
        get("crazysales", id).body("requester.phone", equalTo("+614" + digits))
                .body("requester.email", nullValue()).body("requester.name", equalTo("Ana"));
        String customer = get("crazysales", id).extract().path("customerId");
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .queryParam("phone", "+614" + digits).when().get("/api/v1/customers")
                .then().statusCode(200).body("id", equalTo(customer));
    }

    @Test
    void aSocialHandleRequesterIsAccepted() {
        String handle = "facebook:ana." + UUID.randomUUID().toString().substring(0, 8);
        String id = create(Map.of("social", handle)).statusCode(201).extract().path("id");
        get("crazysales", id).body("requester.social", equalTo(handle));
    }

    @Test
    void aRequesterWithoutAnyIdentityIsRejected() {
        create(Map.of("name", "Nobody")).statusCode(422).body("errors[0].field", equalTo("requester"));
    }

    @Test
    void aMalformedEmailIsStillA400() {
        create(Map.of("email", "not-an-address")).statusCode(400).body("errors[0].field", equalTo("requester.email"));
    }

    private static ValidatableResponse create(Map<String, String> requester) {
        return given().header("Authorization", TestTokens.bearer("crazysales", "agent")).contentType("application/json")
                .body(Map.of("channel", "PHONE", "subject", "Call back please", "requester", requester))
                .when().post("/api/v1/tickets").then();
    }
}
