package dev.opsdesk.routing.rules;

import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A33: "ticketing" means festival ticket sales: the routing category is festival_schedule_ticketing,
 * and a helpdesk "ticket" in a subject never sends a case there.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A33FestivalTicketingIsNotHelpdeskTicketsTest {

    @Test
    void festivalTicketSalesGoThroughTheFestivalScheduleTicketingCategory() {
        RoutingApi api = RoutingApi.tenant("a33", "festival");
        api.online("natasha");
        api.supervisor().get(RoutingApi.BASE + "/rules").then().statusCode(200)
                .body("id", hasItem("festival_schedule_ticketing"));

        UUID sales = classified(api, "Ticket sales for the closing gala", "festival-ticket-sales");

        assertEquals("festival_schedule_ticketing", api.awaitAssignedTo(sales, "natasha")
                .getString("decision.ruleId"));
    }

    @Test
    void aHelpdeskTicketInTheSubjectDoesNotMakeItFestivalTicketing() {
        RoutingApi api = RoutingApi.tenant("a33", "festival");
        api.online("natasha");

        UUID helpdesk = classified(api, "Ticket #4711: my support ticket is still open", "submission-status");

        var decision = api.awaitQueued(helpdesk);
        assertNull(decision.getString("ownerId"));
        assertNull(decision.getString("decision.ruleId"));
    }

    private static UUID classified(RoutingApi api, String subject, String reason) {
        return Cases.classified(api, subject, List.of("festival-related"), reason, "fan@example.org");
    }
}
