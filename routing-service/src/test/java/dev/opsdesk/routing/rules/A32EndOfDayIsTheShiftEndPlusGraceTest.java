package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.event.TicketRequeued;
import dev.opsdesk.routing.service.Ticks;
import dev.opsdesk.routing.support.Db;
import dev.opsdesk.routing.support.EndOfDayFixture;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A32: end of day is the agent's shift end, and the job runs at shift end + 15 minutes (Festival);
 * "responded" means a public staff reply or a responded status since the case entered the personal
 * queue. A shift end is handled once.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A32EndOfDayIsTheShiftEndPlusGraceTest {

    @Inject
    Ticks ticks;

    @Test
    void nothingMovesBeforeTheGraceIsOverAndEverythingUnrespondedMovesOnceAfter() {
        EndOfDayFixture f = new EndOfDayFixture("a32");
        UUID unanswered = f.acceptedCase("Screener missing");
        UUID respondedByStatus = f.acceptedCase("Category question");
        UUID internalNoteOnly = f.acceptedCase("Fee waiver");
        Kafka.send(TicketEvents.statusChanged(f.api.id(), respondedByStatus, "RESPONDED", "WAITING_CUSTOMER",
                Instant.now()));
        Kafka.send(TicketEvents.messageAdded(f.api.id(), internalNoteOnly, "STAFF", "INTERNAL", Instant.now()));
        f.api.awaitDecision(respondedByStatus, d -> d.getBoolean("responded"));
        Db.awaitCount(1, "select count(*) from sla_fact where ticket_id = ?1 and kind = 'MESSAGE'", internalNoteOnly);

        assertEquals(List.of(), requeued(ticks.tick(f.api.id(), f.shiftEnd().plus(Duration.ofMinutes(14)))));

        List<UUID> moved = requeued(ticks.tick(f.api.id(), f.shiftEnd().plus(Duration.ofMinutes(15))));
        assertEquals(Set.of(unanswered, internalNoteOnly), Set.copyOf(moved));
        assertEquals(2, moved.size());

        assertEquals(List.of(), requeued(ticks.tick(f.api.id(), f.shiftEnd().plus(Duration.ofMinutes(30)))));
        assertEquals("front", f.api.decision(respondedByStatus).getString("ownerId"));
    }

    private static List<UUID> requeued(List<RoutingEvent> events) {
        return events.stream().filter(e -> e instanceof TicketRequeued).map(RoutingEvent::aggregateId).toList();
    }
}
