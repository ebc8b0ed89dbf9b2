package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.newEbayCaseId;
import static dev.opsdesk.ticket.TicketRequests.createInStore;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** R8: the ticket of an eBay case is never logged as Kayako Tickets. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R8KayakoTicketsIsNotForEbayCasesTest {

    @Test
    void kayakoTicketsOnAnEbayCaseIsRejectedNamingR8() {
        String ticket = createInStore("crazysales", "EMAIL", "eBay");
        logOnTicket("crazysales", ticket, activity("Kayako Tickets", 300, "ebayCaseId", newEbayCaseId()))
                .statusCode(422)
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R8"))
                .body("errors[0].field", equalTo("taskCategory"));
    }

    @Test
    void aTicketKeepsTheEbayCaseItWasLoggedWith() {
        String ticket = createInStore("crazysales", "EBAY", "eBay");
        logOnTicket("crazysales", ticket, activity("eBay Messaging", 300, "ebayCaseId", newEbayCaseId()))
                .statusCode(201);
        logOnTicket("crazysales", ticket, activity("Kayako Tickets", 300))
                .statusCode(422)
                .body("rule", equalTo("R8"));
    }

    @Test
    void kayakoTicketsOnARegularQueueTicketIsAccepted() {
        logOnTicket("crazysales", createInStore("crazysales", "EMAIL", "AU"), activity("Kayako Tickets", 300))
                .statusCode(201)
                .body("standardMinutes", equalTo(5));
    }

    @Test
    void theEbayCaseTicketIsLoggedAsAnEscalatedCase() {
        String ticket = createInStore("crazysales", "EMAIL", "eBay");
        logOnTicket("crazysales", ticket, activity("Special Stores (Escalated Cases)", 600, "ebayCaseId", newEbayCaseId()))
                .statusCode(201)
                .body("standardMinutes", equalTo(9));
    }
}
