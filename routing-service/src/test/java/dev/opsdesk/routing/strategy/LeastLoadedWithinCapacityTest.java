package dev.opsdesk.routing.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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

/**
 * Least loaded within capacity: the member using the smallest share of their capacity for the
 * ticket's channel gets it; nobody beyond capacity (3 chats, 10 e-mails at once); then it waits.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class LeastLoadedWithinCapacityTest {

    @Test
    void theLeastLoadedMemberWithinCapacityTakesTheTicketAndAFullGroupQueuesIt() {
        RoutingApi api = RoutingApi.tenant("ll", "default");
        api.agent("x", "default", Map.of("CHAT", 1, "EMAIL", 10));
        api.agent("y", "default", Map.of("CHAT", 3, "EMAIL", 10));
        api.online("x", "y");

        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            owners.add(chat(api).getString("ownerId"));
        }
        assertEquals(List.of("x", "y", "y", "y"), owners);

        var full = chat(api);
        assertEquals("QUEUED", full.getString("state"));
        assertNull(full.getString("ownerId"));
        assertEquals("NO_ELIGIBLE_MEMBER", full.getString("decision.fallbacksTried[0].reason"));
        assertEquals("x", email(api).getString("ownerId")); // e-mail capacity is separate
    }

    private static io.restassured.path.json.JsonPath chat(RoutingApi api) {
        return send(api, "CHAT");
    }

    private static io.restassured.path.json.JsonPath email(RoutingApi api) {
        return send(api, "EMAIL");
    }

    private static io.restassured.path.json.JsonPath send(RoutingApi api, String channel) {
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), ticket, channel, "Hi", "c@example.org", Instant.now()));
        return api.awaitDecisions(ticket, 1);
    }
}
