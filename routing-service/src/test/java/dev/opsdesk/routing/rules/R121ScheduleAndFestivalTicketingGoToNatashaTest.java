package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R121: festival schedule and festival ticket-sales cases go to Natasha; other cases do not. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R121ScheduleAndFestivalTicketingGoToNatashaTest {

    @Test
    void scheduleAndTicketSalesCasesGoToNatasha() {
        RoutingApi api = RoutingApi.tenant("r121", "festival");
        api.online("natasha", "chelsea");

        UUID schedule = Cases.classified(api, "festival-related", "festival-schedule", "fest@example.org");
        UUID sales = Cases.classified(api, "festival-related", "festival-ticket-sales", "fest@example.org");

        assertEquals("festival_schedule_ticketing", api.awaitAssignedTo(schedule, "natasha").getString("decision.ruleId"));
        assertEquals("schedule-ticketing-owner", api.awaitAssignedTo(sales, "natasha").getString("decision.roleId"));
    }

    @Test
    void aFinanceCaseAboutTicketSalesStillGoesToFinanceNotToNatasha() {
        RoutingApi api = RoutingApi.tenant("r121", "festival");
        api.online("natasha", "chelsea");

        UUID refund = Cases.classified(api, "finance-related", "festival-ticket-sales", "buyer@example.org");

        assertEquals("finance", api.awaitAssignedTo(refund, "chelsea").getString("decision.ruleId"));
    }
}
