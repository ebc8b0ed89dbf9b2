package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Cases;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A30: rules route to roles ("finance owner"), not to names; the role's holder in force when the
 * case is routed gets it, and a holder whose period has not begun (or has ended) does not.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A30RolesHaveACurrentHolderAndEffectiveDatesTest {

    @Test
    void whenChelseaHandsFinanceOverTheNewHolderGetsFinanceCases() {
        RoutingApi api = RoutingApi.tenant("a30", "festival");
        api.agent("dana", null, Map.of("*", 10));
        api.online("chelsea", "dana");
        Instant handover = Instant.now().minus(Duration.ofMinutes(5));
        holders(api, List.of(
                Map.of("agent", "chelsea", "from", "2008-07-01T00:00:00Z", "until", handover.toString()),
                Map.of("agent", "dana", "from", handover.toString())));

        UUID refund = Cases.classified(api, "finance-related", "refund", "maker@example.org");

        var decision = api.awaitAssignedTo(refund, "dana");
        assertEquals("finance-owner", decision.getString("decision.roleId"));
    }

    @Test
    void aHolderWhosePeriodHasNotBegunDoesNotGetTheCase() {
        RoutingApi api = RoutingApi.tenant("a30", "festival");
        api.agent("dana", null, Map.of("*", 10));
        api.online("chelsea", "dana");
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        holders(api, List.of(
                Map.of("agent", "chelsea", "from", "2008-07-01T00:00:00Z", "until", tomorrow.toString()),
                Map.of("agent", "dana", "from", tomorrow.toString())));

        UUID refund = Cases.classified(api, "finance-related", "refund", "maker@example.org");

        api.awaitAssignedTo(refund, "chelsea");
    }

    private static void holders(RoutingApi api, List<Map<String, String>> holders) {
        api.supervisor().body(Map.of("name", "Finance owner", "holders", holders))
                .put(RoutingApi.BASE + "/roles/finance-owner").then().statusCode(200);
    }
}
