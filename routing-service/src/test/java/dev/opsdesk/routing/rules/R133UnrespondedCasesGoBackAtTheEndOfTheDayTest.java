package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.routing.service.Ticks;
import dev.opsdesk.routing.support.EndOfDayFixture;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R133 (S004 E1): at the end of the agent's work day the cases in their personal queue without any
 * response go back to the support queue, as routing.ticket-requeued events; answered cases stay.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R133UnrespondedCasesGoBackAtTheEndOfTheDayTest {

    @Inject
    Ticks ticks;

    @Test
    void anUnrespondedCaseReturnsToTheSupportQueueAndAnAnsweredOneStays() {
        EndOfDayFixture f = new EndOfDayFixture("r133");
        UUID unanswered = f.acceptedCase("Where is my screener?");
        UUID answered = f.acceptedCase("Change my title");
        Kafka.send(TicketEvents.messageAdded(f.api.id(), answered, "STAFF", "PUBLIC", Instant.now()));
        f.api.awaitDecision(answered, d -> d.getBoolean("responded"));

        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            ticks.tick(f.api.id(), f.shiftEnd().plus(Duration.ofMinutes(16)));

            var requeued = probe.awaitOne(RoutingEventsProbe.of("routing.ticket-requeued", f.api.id()));
            assertEquals(unanswered.toString(), requeued.key());
            assertEquals("front", requeued.data().path("fromAgentId").asText());
            assertEquals("support-queue", requeued.data().path("toGroupId").asText());
            assertEquals("END_OF_DAY", requeued.data().path("reason").asText());
            assertEquals(f.shiftEnd().toString(), requeued.data().path("shiftEndedAt").asText());
            assertEquals(1, probe.drain(Duration.ofSeconds(1)).stream()
                    .filter(e -> e.type().equals("routing.ticket-requeued")).count());
        }
        var back = f.api.decision(unanswered);
        assertEquals("QUEUED", back.getString("state"));
        assertNull(back.getString("ownerId"));
        assertEquals("front", f.api.decision(answered).getString("ownerId"));
    }
}
