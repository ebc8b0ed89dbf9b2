package dev.opsdesk.routing.rules;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R114 (S004 Q1): cases are delegated directly from the support queue. Bulk-accepting support-queue
 * cases that the rules delegate to someone else, and reassigning a case from a personal queue, are
 * blocked; nothing is stored.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R114BulkAcceptingToReassignIsBlockedTest {

    RoutingApi api;
    UUID finance;
    UUID general;

    @BeforeEach
    void supportQueueWithAFinanceCaseWhileChelseaIsOffline() {
        api = RoutingApi.tenant("r114", "festival");
        api.agent("front", "support-queue", Map.of("*", 20));
        api.online("front", "natasha");
        finance = Cases.classified(api, "finance-related", "refund", "maker@example.org");
        general = Cases.classified(api, "festival-related", "submission-status", "maker@example.org");
        api.awaitQueued(finance);
    }

    @Test
    void acceptingCasesTheRulesDelegateToSomeoneElseIsBlockedAndNothingIsStored() {
        api.as("front", "agent").body(Map.of("ticketIds", List.of(finance.toString(), general.toString())))
                .post(RoutingApi.BASE + "/queues/support-queue/accept")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R114"))
                .body("detail", containsString(finance.toString()));

        assertEquals("QUEUED", api.decision(finance).getString("state"));
        assertEquals("QUEUED", api.decision(general).getString("state"));
    }

    @Test
    void aCaseInAPersonalQueueIsNotReassignedFromThere() {
        api.as("front", "agent").body(Map.of("ticketIds", List.of(general.toString())))
                .post(RoutingApi.BASE + "/queues/support-queue/accept").then().statusCode(200);

        api.as("front", "agent").body(Map.of("agentId", "natasha"))
                .post(RoutingApi.BASE + "/tickets/" + general + "/delegate")
                .then().statusCode(422).body("rule", equalTo("R114"));
        assertEquals("front", api.decision(general).getString("ownerId"));
    }

    @Test
    void aCaseIsDelegatedDirectlyFromTheSupportQueue() {
        api.as("front", "agent").body(Map.of("agentId", "natasha"))
                .post(RoutingApi.BASE + "/tickets/" + finance + "/delegate")
                .then().statusCode(200)
                .body("outcome", equalTo("ASSIGNED"))
                .body("agentId", equalTo("natasha"))
                .body("decidedBy", equalTo("front"));
        assertEquals("natasha", api.decision(finance).getString("ownerId"));
    }
}
