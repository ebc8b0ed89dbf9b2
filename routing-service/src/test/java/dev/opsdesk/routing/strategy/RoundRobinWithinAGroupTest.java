package dev.opsdesk.routing.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Round robin: each ticket goes to the next available member after the previous one, skipping who is away. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoundRobinWithinAGroupTest {

    @Test
    void ticketsGoRoundTheMembersAndSkipOneWhoIsAway() {
        RoutingApi api = RoutingApi.tenant("rr", "default");
        api.supervisor().body(Map.of("name", "Round robin", "strategy", "ROUND_ROBIN"))
                .put(RoutingApi.BASE + "/groups/default").then().statusCode(200);
        for (String a : List.of("a1", "a2", "a3")) {
            api.agent(a, "default", Map.of("*", 10));
        }
        api.online("a1", "a2", "a3");

        assertEquals(List.of("a1", "a2", "a3", "a1"), route(api, 4));
        api.presence("a2", "AWAY");
        assertEquals(List.of("a3", "a1", "a3"), route(api, 3));
    }

    private static List<String> route(RoutingApi api, int n) {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID ticket = UUID.randomUUID();
            Kafka.send(TicketEvents.created(api.id(), ticket, "EMAIL", "Q" + i, "c@example.org", Instant.now()));
            var d = api.awaitDecisions(ticket, 1);
            assertEquals("ROUND_ROBIN", d.getString("decision.strategy"));
            owners.add(d.getString("ownerId"));
        }
        return owners;
    }
}
