package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R26: a DSAT survey answer sets Open; R25: Open cannot become Resolved without a staff reply. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R25And26DsatReopenedTicketTest {

    private static String resolvedThenDsat() {
        String id = createId("crazysales", "EMAIL", "Refund", "d@example.com");
        changeStatus("crazysales", id, Map.of("status", "RESOLVED",
                "reply", Map.of("body", "Your refund has been processed."))).statusCode(200);
        given().header("Authorization", TestTokens.bearer("crazysales", "integration"))
                .contentType("application/json").body(Map.of("rating", "DSAT"))
                .when().post("/api/v1/tickets/" + id + "/surveys")
                .then().statusCode(200)
                .body("status", equalTo("OPEN"));
        return id;
    }

    @Test
    void r26_aDsatAnswerReopensTheTicketAsOpen() {
        String id = resolvedThenDsat();
        dev.opsdesk.ticket.TicketRequests.get("crazysales", id)
                .body("status", equalTo("OPEN"))
                .body("statusCategory", equalTo("AGENT_ACTION"));
    }

    @Test
    void r26_agentsCannotSetOpenThemselves() {
        String id = createId("crazysales", "EMAIL", "Refund", "d@example.com");
        changeStatus("crazysales", id, Map.of("status", "OPEN")).statusCode(422).body("rule", equalTo("R26"));
    }

    @Test
    void r25_resolvingAnOpenTicketWithoutAReplyIsRejected() {
        String id = resolvedThenDsat();
        changeStatus("crazysales", id, Map.of("status", "RESOLVED")).statusCode(422).body("rule", equalTo("R25"));
    }

    @Test
    void r25_resolvingAnOpenTicketWithAReplyIsAccepted() {
        String id = resolvedThenDsat();
        addMessage("crazysales", id, "STAFF", "PUBLIC", "Sorry about that; we re-sent the refund.").statusCode(201);
        changeStatus("crazysales", id, Map.of("status", "RESOLVED")).statusCode(200).body("status", equalTo("RESOLVED"));
    }
}
