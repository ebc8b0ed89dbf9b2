package dev.opsdesk.routing.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Db;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.routing.support.Sla;
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
 * A changed policy is replayed over the existing tickets' events: their due times become the new
 * policy's, published as routing.sla-timer-changed with the new policy version.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SlaPolicyChangeIsReplayedTest {

    @Test
    void shorteningTheTargetGivesEveryOpenTicketItsNewDueTime() {
        RoutingApi api = RoutingApi.tenant("sla-replay", "default");
        Sla.policy(api, "resolution", policy("P2D"));
        Instant a = Instant.parse("2026-04-01T08:00:00Z");
        Instant b = Instant.parse("2026-04-01T12:00:00Z");
        UUID first = created(api, a);
        UUID second = created(api, b);
        assertEquals(a.plus(Duration.ofDays(2)), Sla.due(api, first, "RESOLUTION"));

        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            Sla.policy(api, "resolution", policy("PT8H"));

            var changes = probe.await(e -> RoutingEventsProbe.of("routing.sla-timer-changed", api.id()).test(e)
                    && e.data().path("policyVersion").asInt() == 2, 2, Duration.ofSeconds(60));
            assertEquals(List.of(first.toString(), second.toString()).stream().sorted().toList(),
                    changes.stream().map(RoutingEventsProbe.Event::key).sorted().toList());
        }
        assertEquals(a.plus(Duration.ofHours(8)), Sla.due(api, first, "RESOLUTION"));
        assertEquals(b.plus(Duration.ofHours(8)), Sla.due(api, second, "RESOLUTION"));
        assertEquals(2, Sla.timer(api, first, "RESOLUTION").get("policyVersion"));
    }

    @Test
    void waitingOnTheCustomerStopsTheClockAsTheTenantDefines() {
        RoutingApi api = RoutingApi.tenant("sla-pause", "default");
        Sla.policy(api, "resolution", Map.of("name", "Resolution in a day", "targets",
                Map.of("RESOLUTION", Map.of("target", "P1D", "businessHours", false)),
                "pausing", List.of("WAITING_CUSTOMER"), "escalation", "NONE"));
        Instant t = Instant.parse("2026-04-01T08:00:00Z");
        UUID ticket = created(api, t);
        Kafka.send(TicketEvents.statusChanged(api.id(), ticket, "AWAITING_REPLY", "WAITING_CUSTOMER", t.plusSeconds(7200)));
        Db.awaitCount(1, "select count(*) from sla_timer where ticket_id = ?1 and state = 'PAUSED'", ticket);
        assertEquals(null, Sla.due(api, ticket, "RESOLUTION"));

        Kafka.send(TicketEvents.statusChanged(api.id(), ticket, "CUSTOMER_REPLY", "AGENT_ACTION", t.plusSeconds(36000)));
        Db.awaitCount(1, "select count(*) from sla_timer where ticket_id = ?1 and state = 'RUNNING'", ticket);
        assertEquals(t.plus(Duration.ofDays(1)).plus(Duration.ofHours(8)), Sla.due(api, ticket, "RESOLUTION"));
    }

    private static Map<String, Object> policy(String resolution) {
        return Map.of("name", "Resolution", "targets",
                Map.of("RESOLUTION", Map.of("target", resolution, "businessHours", false)), "escalation", "NONE");
    }

    private static UUID created(RoutingApi api, Instant at) {
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), ticket, "EMAIL", "Broken", "c@example.org", at));
        Db.awaitCount(1, "select count(*) from sla_timer where ticket_id = ?1", ticket);
        return ticket;
    }
}
