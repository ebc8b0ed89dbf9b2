package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R122: a case the agent is not sure of goes to the default owner (Chelsea); a case they can handle does not. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R122UnsureCasesGoToTheDefaultOwnerTest {

    @Test
    void aCaseTheAgentIsNotSureOfGoesToChelsea() {
        RoutingApi api = RoutingApi.tenant("r122", "festival");
        api.online("chelsea");

        UUID unsure = Cases.classified(api, "festival-related", "not-sure", "someone@example.org");

        var decision = api.awaitAssignedTo(unsure, "chelsea");
        assertEquals("not-sure", decision.getString("decision.ruleId"));
        assertEquals("default-owner", decision.getString("decision.roleId"));
    }

    @Test
    void aCaseWithAReasonTheAgentHandlesStaysInTheSupportQueue() {
        RoutingApi api = RoutingApi.tenant("r122", "festival");
        api.online("chelsea");

        UUID general = Cases.classified(api, "festival-related", "submission-status", "someone@example.org");

        var decision = api.awaitQueued(general);
        assertNull(decision.getString("decision.agentId"));
        assertEquals("support-queue", decision.getString("groupId"));
    }
}
