package dev.opsdesk.routing.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.TicketEvents;
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
 * A rule that names one agent directly still never assigns to them while they are offline or out of
 * office: the ticket waits, and is assigned (backlog drain) once they are back.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class NeverToAnOfflineOrOutOfOfficeAgentTest {

    @Test
    void offlineOrOutOfOfficeAgentsGetNothingAndTheirTicketsWaitForThem() {
        RoutingApi api = RoutingApi.tenant("never", "default");
        api.agent("vip", null, Map.of("*", 5));
        api.supervisor().body(Map.of("name", "VIP desk", "priority", 1, "when", Map.of("subjectKeywords", List.of("vip")),
                "assignTo", List.of(Map.of("agent", "vip")))).put(RoutingApi.BASE + "/rules/vip").then().statusCode(200);

        UUID whileOffline = ticket(api, "VIP: refund");
        var waiting = api.awaitQueued(whileOffline);
        assertEquals("OFFLINE", waiting.getString("decision.fallbacksTried[0].reason"));

        String absence = api.absent("vip", Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plus(Duration.ofDays(1)));
        api.online("vip");
        UUID whileAway = ticket(api, "Question from a VIP customer");
        assertEquals("OUT_OF_OFFICE", api.awaitQueued(whileAway).getString("decision.fallbacksTried[0].reason"));
        assertEquals("QUEUED", api.decision(whileOffline).getString("state"));

        api.supervisor().delete(RoutingApi.BASE + "/agents/vip/absences/" + absence).then().statusCode(204);

        assertEquals("BACKLOG_DRAIN", api.awaitAssignedTo(whileOffline, "vip").getString("decision.trigger"));
        api.awaitAssignedTo(whileAway, "vip");
    }

    private static UUID ticket(RoutingApi api, String subject) {
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), ticket, "EMAIL", subject, "c@example.org", Instant.now()));
        api.awaitDecisions(ticket, 1);
        return ticket;
    }
}
