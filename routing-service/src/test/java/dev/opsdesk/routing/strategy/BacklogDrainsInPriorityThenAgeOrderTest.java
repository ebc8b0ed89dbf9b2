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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When an agent comes online or frees capacity, waiting tickets are assigned highest priority first, then oldest. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BacklogDrainsInPriorityThenAgeOrderTest {

    @Test
    void theBacklogDrainsByPriorityThenAge() {
        RoutingApi api = RoutingApi.tenant("drain", "default");
        api.agent("solo", "default", Map.of("*", 1));
        Instant t = Instant.now().minusSeconds(600);
        UUID oldLow = waiting(api, t, "LOW");
        UUID oldNormal = waiting(api, t.plusSeconds(60), "NORMAL");
        UUID newUrgent = waiting(api, t.plusSeconds(120), "URGENT");
        UUID newNormal = waiting(api, t.plusSeconds(180), "NORMAL");

        api.online("solo");
        api.awaitAssignedTo(newUrgent, "solo");
        for (UUID next : List.of(oldNormal, newNormal, oldLow)) {
            assertEquals("QUEUED", api.decision(next).getString("state"));
        }
        UUID current = newUrgent;
        for (UUID next : List.of(oldNormal, newNormal, oldLow)) {
            Kafka.send(TicketEvents.statusChanged(api.id(), current, "SOLVED", "SOLVED", Instant.now()));
            assertEquals("BACKLOG_DRAIN", api.awaitAssignedTo(next, "solo").getString("decision.trigger"));
            current = next;
        }
    }

    private static UUID waiting(RoutingApi api, Instant createdAt, String priority) {
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), ticket, "EMAIL", "Q " + priority, "c@example.org", createdAt),
                TicketEvents.classified(api.id(), ticket, List.of(), null, priority));
        api.awaitDecisions(ticket, 2);
        return ticket;
    }
}
