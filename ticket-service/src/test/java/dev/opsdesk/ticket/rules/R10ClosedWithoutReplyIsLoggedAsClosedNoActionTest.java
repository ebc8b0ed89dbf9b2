package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
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

/** R10: a ticket closed without a reply is logged as Closed (No Action) / Merged Ticket. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R10ClosedWithoutReplyIsLoggedAsClosedNoActionTest {

    private static String closedWithoutReply() {
        String id = createId("crazysales", "EMAIL", "Newsletter: spring sale", "news@example.com");
        changeStatus("crazysales", id, Map.of("status", "CLOSED_NO_ACTION")).statusCode(200);
        return id;
    }

    @Test
    void itIsLoggedAsClosedNoActionWithTwoStandardMinutes() {
        logOnTicket("crazysales", closedWithoutReply(), activity("Closed (No Action) / Merged Ticket", 20))
                .statusCode(201)
                .body("taskCategory", equalTo("Closed (No Action) / Merged Ticket"))
                .body("standardMinutes", equalTo(2));
    }

    @Test
    void anotherCategoryIsRejectedNamingR10() {
        logOnTicket("crazysales", closedWithoutReply(), activity("Kayako Tickets", 20))
                .statusCode(422)
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R10"))
                .body("errors[0].field", equalTo("taskCategory"));
    }
}
