package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R22: Awaiting-Reply cannot be set without a public reply in the same update. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R22AwaitingReplyNeedsAReplyTest {

    @Test
    void awaitingReplyWithoutAReplyIsRejectedNamingR22() {
        String id = createId("crazysales", "EMAIL", "Proof of damage", "a@example.com");
        changeStatus("crazysales", id, Map.of("status", "AWAITING_REPLY"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R22"))
                .body("errors[0].field", equalTo("reply"));
        dev.opsdesk.ticket.TicketRequests.get("crazysales", id).body("status", equalTo("NEW"));
    }

    @Test
    void awaitingReplyWithAReplyIsAccepted() {
        String id = createId("crazysales", "EMAIL", "Proof of damage", "a@example.com");
        changeStatus("crazysales", id, Map.of("status", "AWAITING_REPLY",
                "reply", Map.of("body", "Thank you for contacting us. Could you send a photo of the damage?")))
                .statusCode(200)
                .body("status", equalTo("AWAITING_REPLY"))
                .body("statusCategory", equalTo("WAITING_CUSTOMER"))
                .body("lastMessageAuthor", equalTo("STAFF"));
    }
}
