package dev.opsdesk.routing.rules;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R123 (S004 Q6): once the support-queue cases are delegated, the agent accepts the remaining ones
 * into their personal queue; a case still waiting for its delegate is not one of them.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R123RemainingCasesMayBeAcceptedTest {

    @Test
    void afterDelegationTheRemainingCasesAreAcceptedIntoThePersonalQueue() {
        RoutingApi api = RoutingApi.tenant("r123", "festival");
        api.agent("front", "support-queue", Map.of("*", 20));
        api.online("front", "chelsea");
        UUID delegated = Cases.classified(api, "finance-related", "invoice", "maker@example.org");
        api.awaitAssignedTo(delegated, "chelsea");
        UUID first = Cases.classified(api, "festival-related", "submission-status", "a@example.org");
        UUID second = Cases.classified(api, "festival-related", "password-reset", "b@example.org");

        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            api.as("front", "agent").body(Map.of("ticketIds", List.of(first.toString(), second.toString())))
                    .post(RoutingApi.BASE + "/queues/support-queue/accept")
                    .then().statusCode(200)
                    .body("", hasSize(2))
                    .body("[0].agentId", equalTo("front"))
                    .body("[0].trigger", equalTo("MANUAL_REROUTE"));
            var events = probe.await(e -> e.type().equals("routing.assignment-decided")
                    && "front".equals(e.data().path("agentId").asText()), 2, java.time.Duration.ofSeconds(60));
            assertEquals("front", events.get(0).data().path("decidedBy").asText());
        }
        assertEquals("front", api.decision(first).getString("ownerId"));
        assertEquals("front", api.decision(second).getString("ownerId"));
    }

    @Test
    void aCaseStillWaitingForItsDelegateIsNotARemainingCase() {
        RoutingApi api = RoutingApi.tenant("r123", "festival");
        api.agent("front", "support-queue", Map.of("*", 20));
        api.online("front");
        UUID waitsForBlake = Cases.classified(api, "festival-related", "premium-judging", "a@example.org");

        api.as("front", "agent").body(Map.of("ticketIds", List.of(waitsForBlake.toString())))
                .post(RoutingApi.BASE + "/queues/support-queue/accept")
                .then().statusCode(422).body("rule", equalTo("R114"));
        assertEquals("QUEUED", api.decision(waitsForBlake).getString("state"));
    }
}
