package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R34: the history of a customer with other tickets is looked at before replying (advised until
 * GET …/related records the look); R50: an e-mail reply to a customer who chatted or called before
 * recaps that contact. Advice only (A38).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R34R50CustomerHistoryAdviceTest {

    private static final String ACK = "Thank you for contacting us. ";

    @Test
    void r34_replyingWithoutLookingAtTheHistoryIsAdvisedUntilTheAgentLooked() {
        String email = "hist-" + UUID.randomUUID() + "@example.com";
        createId("crazysales", "EMAIL", "Earlier", email);
        String id = createId("crazysales", "EMAIL", "Later", email);
        addMessage("crazysales", id, "STAFF", "PUBLIC", ACK + "First answer.").statusCode(201)
                .body("advice.rule", hasItem("R34"));

        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .when().get("/api/v1/tickets/" + id + "/related").then().statusCode(200);
        addMessage("crazysales", id, "STAFF", "PUBLIC", "Second answer.").statusCode(201)
                .body("advice.rule", not(hasItem("R34")));
    }

    @Test
    void r50_anEmailAfterAPhoneCallIsAdvisedToRecapTheCall() {
        String email = "recap-" + UUID.randomUUID() + "@example.com";
        createId("crazysales", "PHONE", "Call about a refund", email);
        String mail = createId("crazysales", "EMAIL", "Refund", email);
        addMessage("crazysales", mail, "STAFF", "PUBLIC", ACK + "About your refund.").statusCode(201)
                .body("advice.rule", hasItem("R50"));
    }

    @Test
    void r50_aFirstContactNeedsNoRecap() {
        String mail = createId("crazysales", "EMAIL", "Refund", "first-" + UUID.randomUUID() + "@example.com");
        addMessage("crazysales", mail, "STAFF", "PUBLIC", ACK + "About your refund.").statusCode(201)
                .body("advice.rule", not(hasItem("R50")));
    }
}
