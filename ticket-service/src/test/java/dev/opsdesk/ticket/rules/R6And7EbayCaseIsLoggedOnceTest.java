package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.logWithoutTicket;
import static dev.opsdesk.ticket.ActivityRequests.newEbayCaseId;
import static dev.opsdesk.ticket.TicketRequests.createInStore;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * R6: once an eBay case's work is logged as Special Stores (Escalated Cases), its ticket is not
 * logged separately. R7: the other tickets of that case are logged as Closed (No Action) / Merged Ticket.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R6And7EbayCaseIsLoggedOnceTest {

    private static final String ESCALATED = "Special Stores (Escalated Cases)";
    private static final String CLOSED_OR_MERGED = "Closed (No Action) / Merged Ticket";

    @Test
    void r6_theCaseIsLoggedOnceAndItsTicketNotSeparately() {
        String caseId = newEbayCaseId();
        String ticket = createInStore("crazysales", "EBAY", "eBay");
        logOnTicket("crazysales", ticket, activity(ESCALATED, 900, "ebayCaseId", caseId))
                .statusCode(201)
                .body("ebayCaseId", equalTo(caseId))
                .body("standardMinutes", equalTo(9));

        logOnTicket("crazysales", ticket, activity("eBay Messaging", 300))
                .statusCode(422)
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R6"))
                .body("errors[0].field", equalTo("ebayCaseId"));
        logWithoutTicket("crazysales", activity(ESCALATED, 600, "ebayCaseId", caseId))
                .statusCode(422)
                .body("rule", equalTo("R6"));
        logOnTicket("crazysales", ticket, activity(CLOSED_OR_MERGED, 60, "ebayCaseId", caseId))
                .statusCode(422)
                .body("rule", equalTo("R6"));
    }

    @Test
    void r6_anotherCaseIsLoggedOnItsOwn() {
        logWithoutTicket("crazysales", activity(ESCALATED, 900, "ebayCaseId", newEbayCaseId())).statusCode(201);
        logWithoutTicket("crazysales", activity(ESCALATED, 900, "ebayCaseId", newEbayCaseId())).statusCode(201);
    }

    @Test
    void r7_anExtraTicketOfTheCaseIsLoggedAsClosedOrMerged() {
        String caseId = newEbayCaseId();
        logOnTicket("crazysales", createInStore("crazysales", "EBAY", "eBay"),
                activity(ESCALATED, 900, "ebayCaseId", caseId)).statusCode(201);
        String extra = createInStore("crazysales", "EMAIL", "eBay");

        logOnTicket("crazysales", extra, activity(CLOSED_OR_MERGED, 60, "ebayCaseId", caseId))
                .statusCode(201)
                .body("taskCategory", equalTo(CLOSED_OR_MERGED))
                .body("standardMinutes", equalTo(2));
    }

    @Test
    void r7_anExtraTicketOfTheCaseUnderAnotherCategoryIsRejected() {
        String caseId = newEbayCaseId();
        logWithoutTicket("crazysales", activity(ESCALATED, 900, "ebayCaseId", caseId)).statusCode(201);
        String extra = createInStore("crazysales", "EMAIL", "eBay");

        logOnTicket("crazysales", extra, activity("eBay Messaging", 300, "ebayCaseId", caseId))
                .statusCode(422)
                .body("rule", equalTo("R7"))
                .body("errors[0].field", equalTo("taskCategory"));
    }
}
