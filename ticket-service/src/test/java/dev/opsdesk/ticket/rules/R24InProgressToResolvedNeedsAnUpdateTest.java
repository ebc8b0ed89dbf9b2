package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R24: from In Progress, Resolved needs a public staff reply or update since it entered In Progress. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R24InProgressToResolvedNeedsAnUpdateTest {

    private static String inProgressTicket() {
        String id = createId("crazysales", "EMAIL", "Loss case", "c@example.com");
        changeStatus("crazysales", id, Map.of("status", "IN_PROGRESS",
                "reply", Map.of("body", "We lodged an investigation with the courier.")))
                .statusCode(200);
        return id;
    }

    @Test
    void resolvingWithoutAnUpdateSinceInProgressIsRejectedNamingR24() {
        String id = inProgressTicket();
        addMessage("crazysales", id, "STAFF", "INTERNAL", "courier still investigating").statusCode(201);
        changeStatus("crazysales", id, Map.of("status", "RESOLVED"))
                .statusCode(422)
                .body("rule", equalTo("R24"));
    }

    @Test
    void resolvingAfterAPublicUpdateIsAccepted() {
        String id = inProgressTicket();
        addMessage("crazysales", id, "STAFF", "PUBLIC", "The courier confirmed the loss; we refunded you.")
                .statusCode(201);
        changeStatus("crazysales", id, Map.of("status", "RESOLVED"))
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("statusCategory", equalTo("SOLVED"));
    }
}
