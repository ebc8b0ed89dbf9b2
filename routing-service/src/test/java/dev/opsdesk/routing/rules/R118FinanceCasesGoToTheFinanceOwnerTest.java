package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R118: a finance-related case is routed to the finance owner (Chelsea), whoever else is available. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R118FinanceCasesGoToTheFinanceOwnerTest {

    @Test
    void aFinanceRelatedCaseGoesToChelseaAsTheFinanceOwner() {
        RoutingApi api = RoutingApi.tenant("r118", "festival");
        api.online("chelsea", "snk", "blake", "natasha");

        UUID refund = Cases.classified(api, "finance-related", "refund", "filmmaker@example.org");

        var decision = api.awaitAssignedTo(refund, "chelsea");
        assertEquals("finance", decision.getString("decision.ruleId"));
        assertEquals("finance-owner", decision.getString("decision.roleId"));
        assertEquals("DIRECT", decision.getString("decision.strategy"));
        assertEquals("TICKET_CLASSIFIED", decision.getString("decision.trigger"));
    }

    @Test
    void aCaseThatIsNotFinanceRelatedDoesNotGoToTheFinanceOwner() {
        RoutingApi api = RoutingApi.tenant("r118", "festival");
        api.online("chelsea", "snk", "blake", "natasha");

        UUID judging = Cases.classified(api, "festival-related", "premium-judging", "fest@example.org");

        var decision = api.awaitAssignedTo(judging, "blake");
        assertNotEquals("finance", decision.getString("decision.ruleId"));
    }
}
