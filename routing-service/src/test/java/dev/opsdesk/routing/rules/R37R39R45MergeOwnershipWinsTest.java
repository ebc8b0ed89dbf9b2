package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.domain.event.AssignmentDecided;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.event.SlaBreached;
import dev.opsdesk.routing.service.Ticks;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R37, R39, R45: the merge rules decide who owns a merged ticket, and routing never moves it away:
 * not when its owner is offline and others are free, not on an SLA escalation that reassigns. A
 * ticket that was not merged is reassigned by the same escalation.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R37R39R45MergeOwnershipWinsTest {

    @Inject
    Ticks ticks;

    @Test
    void aMergedTicketStaysWithTheOwnerTheMergeRulesChose() {
        RoutingApi api = RoutingApi.tenant("merge", "crazysales");
        api.agent("amy", "regular-queue", Map.of("*", 10));
        api.agent("ben", "regular-queue", Map.of("*", 10));
        api.online("amy");
        reassignOnBreach(api);
        Instant created = Instant.now().minus(Duration.ofHours(2));
        UUID target = UUID.randomUUID();
        UUID source = UUID.randomUUID();
        UUID plain = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), target, "EMAIL", "Broken chair", "cu@example.org", created),
                TicketEvents.created(api.id(), source, "EMAIL", "Chair broken again", "cu@example.org", created),
                TicketEvents.created(api.id(), plain, "EMAIL", "Other issue", "other@example.org", created));
        api.awaitAssignedTo(target, "amy");
        api.awaitAssignedTo(plain, "amy");

        // R39: merged into the existing ticket, whose owner (ben, offline) stays the owner
        Kafka.send(TicketEvents.merged(api.id(), target, List.of(source), "ben", "R39", Instant.now()),
                TicketEvents.statusChanged(api.id(), source, "MERGED", "MERGED", Instant.now()));
        var merged = api.awaitAssignedTo(target, "ben");
        assertTrue(merged.getBoolean("mergeOwned"));
        assertEquals("MERGE_OWNERSHIP", merged.getString("decision.strategy"));
        api.agent("cat", "regular-queue", Map.of("*", 10));
        api.online("cat"); // amy and cat are free; ben is offline

        List<RoutingEvent> events = ticks.tick(api.id(), Instant.now().plus(Duration.ofHours(1)));

        assertEquals("ben", api.decision(target).getString("ownerId"));
        assertEquals("NOTIFY_SUPERVISOR", breachOf(events, target).escalation().name());
        // the same escalation moves a ticket that was not merged
        assertEquals("REASSIGN", breachOf(events, plain).escalation().name());
        assertEquals("cat", api.decision(plain).getString("ownerId"));
        assertEquals("SLA_ESCALATION", api.decision(plain).getString("decision.trigger"));
        assertTrue(events.stream().noneMatch(e -> e instanceof AssignmentDecided d && d.ticketId().equals(target)));
    }

    private static SlaBreached breachOf(List<RoutingEvent> events, UUID ticket) {
        return events.stream().filter(e -> e instanceof SlaBreached b && b.ticketId().equals(ticket))
                .map(SlaBreached.class::cast).findFirst().orElseThrow(() -> new AssertionError("no breach of " + ticket
                        + " in " + events));
    }

    private static void reassignOnBreach(RoutingApi api) {
        api.supervisor().body(Map.of("name", "First reply within an hour", "targets",
                        Map.of("FIRST_REPLY", Map.of("target", "PT1H", "businessHours", false)),
                        "escalation", "REASSIGN"))
                .put(RoutingApi.BASE + "/sla-policies/first-reply").then().statusCode(200);
    }
}
