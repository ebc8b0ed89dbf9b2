package dev.opsdesk.routing.rules;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R117: a case is delegated only once its case type and case reason are set, by routing or by hand. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R117DelegatedCaseHasCaseTypeAndReasonTest {

    @Test
    void aCaseWithoutCaseReasonWaitsAndCannotBeDelegatedByHand() {
        RoutingApi api = RoutingApi.tenant("r117", "festival");
        api.agent("front", "support-queue", Map.of("*", 20));
        api.online("front", "chelsea");
        UUID ticket = Cases.arrive(api, "Refund please", "maker@example.org");
        var waiting = api.awaitDecisions(ticket, 1);
        assertEquals("QUEUED", waiting.getString("state"));
        assertTrue(waiting.getString("decision.explanation").contains("R117"));

        Cases.classify(api, ticket, "finance-related", null); // case type only
        var stillWaiting = api.awaitDecisions(ticket, 2);
        assertEquals("QUEUED", stillWaiting.getString("state"));

        api.as("front", "agent").body(Map.of("agentId", "chelsea"))
                .post(RoutingApi.BASE + "/tickets/" + ticket + "/delegate")
                .then().statusCode(422).body("rule", equalTo("R117")).body("errors[0].field", equalTo("caseReason"));
        assertEquals("QUEUED", api.decision(ticket).getString("state"));
    }

    @Test
    void withCaseTypeAndCaseReasonSetTheCaseIsDelegated() {
        RoutingApi api = RoutingApi.tenant("r117", "festival");
        api.online("chelsea");
        UUID ticket = Cases.arrive(api, "Refund please", "maker@example.org");
        api.awaitDecisions(ticket, 1);

        Cases.classify(api, ticket, "finance-related", "refund");

        var delegated = api.awaitAssignedTo(ticket, "chelsea");
        assertEquals("finance", delegated.getString("decision.ruleId"));
    }
}
