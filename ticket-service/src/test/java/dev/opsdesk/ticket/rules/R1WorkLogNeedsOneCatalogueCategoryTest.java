package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.listOfTicket;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.logWithoutTicket;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** R1: a work item has exactly one task category of the tenant's catalogue; its standard minutes are that row's AHT. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R1WorkLogNeedsOneCatalogueCategoryTest {

    @Test
    void workWithoutATicketIsLoggedUnderACatalogueCategoryWithItsAht() {
        logWithoutTicket("crazysales", activity("Spam Checking", 90))
                .statusCode(201)
                .body("id", notNullValue())
                .body("ticketId", nullValue())
                .body("taskCategory", equalTo("Spam Checking"))
                .body("categoryRow", equalTo(1))
                .body("standardMinutes", equalTo(2))
                .body("actualSeconds", equalTo(90))
                .body("agentId", equalTo("test-agent@crazysales"));
    }

    @Test
    void workOnATicketIsLoggedAndListedOnTheTicket() {
        String id = createId("crazysales", "EMAIL", "Where is my parcel?", "r1@example.com");
        logOnTicket("crazysales", id, activity("  Kayako Tickets ", 240))
                .statusCode(201)
                .body("ticketId", equalTo(id))
                .body("taskCategory", equalTo("Kayako Tickets"))
                .body("channel", equalTo("EMAIL"))
                .body("standardMinutes", equalTo(5));
        listOfTicket("crazysales", id).statusCode(200)
                .body("", hasSize(1))
                .body("[0].taskCategory", equalTo("Kayako Tickets"))
                .body("[0].actualSeconds", equalTo(240));
    }

    @Test
    void aCategoryOutsideTheCatalogueIsRejectedNamingR1() {
        String id = createId("crazysales", "EMAIL", "Where is my parcel?", "r1@example.com");
        logOnTicket("crazysales", id, activity("Email Reply", 240))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R1"))
                .body("errors[0].field", equalTo("taskCategory"));
        listOfTicket("crazysales", id).statusCode(200).body("", hasSize(0));
    }

    @Test
    void aTenantWithoutACatalogueCannotLogWork() {
        logWithoutTicket("zalora", activity("Spam Checking", 60))
                .statusCode(422)
                .body("type", endsWith("/invalid-value"))
                .body("errors[0].field", equalTo("taskCategory"));
    }
}
