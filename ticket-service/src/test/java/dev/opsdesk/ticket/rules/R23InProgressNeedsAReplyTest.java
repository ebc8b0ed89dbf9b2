package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R23: In Progress cannot be set without a public reply in the same update. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R23InProgressNeedsAReplyTest {

    @Test
    void inProgressWithoutAReplyIsRejectedNamingR23() {
        String id = createId("crazysales", "EMAIL", "Manual please", "b@example.com");
        changeStatus("crazysales", id, Map.of("status", "IN_PROGRESS"))
                .statusCode(422)
                .body("rule", equalTo("R23"));
    }

    @Test
    void inProgressWithAReplyIsAccepted() {
        String id = createId("crazysales", "EMAIL", "Manual please", "b@example.com");
        changeStatus("crazysales", id, Map.of("status", "IN_PROGRESS",
                "reply", Map.of("body", "We have asked the purchaser for the manual and will update you.")))
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("statusCategory", equalTo("WAITING_INTERNAL"));
    }
}
