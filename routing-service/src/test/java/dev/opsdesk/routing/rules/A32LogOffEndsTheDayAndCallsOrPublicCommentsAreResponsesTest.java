package dev.opsdesk.routing.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.support.EndOfDayFixture;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A32: end of day is the shift end or the log-off (Festival); a case counts as responded after a
 * public comment (R132) or a logged call ("log a call", R129/R130), not only after a public reply.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A32LogOffEndsTheDayAndCallsOrPublicCommentsAreResponsesTest {

    @Test
    void loggingOffSendsBackOnlyTheCasesWithoutACallOrAPublicComment() {
        EndOfDayFixture f = new EndOfDayFixture("a32off");
        UUID unanswered = f.acceptedCase("Screener missing");
        UUID called = f.acceptedCase("Payment failed");
        UUID commented = f.acceptedCase("Title change");
        UUID internalNoteOnly = f.acceptedCase("Category moved");
        Kafka.send(TicketEvents.noteAdded(f.api.id(), called, "log-a-call", "INTERNAL", Instant.now()));
        Kafka.send(TicketEvents.noteAdded(f.api.id(), commented, "case-comment", "PUBLIC", Instant.now()));
        Kafka.send(TicketEvents.noteAdded(f.api.id(), internalNoteOnly, "case-action", "INTERNAL", Instant.now()));
        f.api.awaitDecision(called, d -> d.getBoolean("responded"));
        f.api.awaitDecision(commented, d -> d.getBoolean("responded"));

        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            f.api.as("front", "agent").body(Map.of("presence", "OFFLINE"))
                    .put("/api/v1/routing/agents/front/availability").then().statusCode(200);

            var requeued = probe.drain(Duration.ofSeconds(5)).stream()
                    .filter(e -> e.type().equals("routing.ticket-requeued")
                            && e.data().path("tenantId").asText().equals(f.api.id())).toList();
            assertEquals(2, requeued.size(), requeued.toString());
            assertTrue(requeued.stream().allMatch(e -> e.data().path("reason").asText().equals("END_OF_DAY")
                    && e.data().path("shiftEndedAt").isNull()));
            assertEquals(java.util.Set.of(unanswered.toString(), internalNoteOnly.toString()),
                    requeued.stream().map(e -> e.key()).collect(java.util.stream.Collectors.toSet()));
        }
        assertEquals("front", f.api.decision(called).getString("ownerId"));
        assertEquals("front", f.api.decision(commented).getString("ownerId"));
        assertEquals("QUEUED", f.api.decision(unanswered).getString("state"));
    }
}
