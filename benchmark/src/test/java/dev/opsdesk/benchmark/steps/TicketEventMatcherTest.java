package dev.opsdesk.benchmark.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TicketEventMatcherTest {

    private static final String MARKER = IntakeRequests.subjectMarker("run-1");
    private final AssignmentTracker tracker = new AssignmentTracker();
    private final TicketEventMatcher matcher = new TicketEventMatcher(MARKER, tracker);

    @Test
    void measuresCreatedToAssignedAndPostToAssignedOnTheConsumersClock() {
        tracker.posted("t1", ms(1_000));
        matcher.accept("ticket.created", created("t1", MARKER + "0"), ms(1_020));
        matcher.accept("ticket.assigned", assigned("t1", "ROUTING"), ms(1_065));

        assertEquals(1, tracker.assignedCount());
        assertTrue(tracker.complete());
        assertEquals(45.0, tracker.createdToAssigned().p50(), 0.1);
        assertEquals(65.0, tracker.postToAssigned().p50(), 0.1);
        assertEquals(20.0, tracker.postToCreated().p50(), 0.1);
        assertEquals(Map.of("ROUTING", 1L), tracker.sources());
    }

    @Test
    void ignoresOtherRunsTicketsLaterAssignmentsAndOtherEventTypes() {
        tracker.posted("t1", ms(0));
        matcher.accept("ticket.created", created("other", "benchmark run-0 #0"), ms(1));
        matcher.accept("ticket.assigned", assigned("other", "MANUAL"), ms(2));
        matcher.accept("ticket.created", created("t1", MARKER + "1"), ms(3));
        matcher.accept("ticket.message-added", "{\"ticketId\":\"t1\"}", ms(4));
        matcher.accept("ticket.assigned", assigned("t1", null), ms(10));
        matcher.accept("ticket.assigned", assigned("t1", "ROUTING"), ms(50)); // a re-assignment: not counted

        assertEquals(1, tracker.createdCount());
        assertEquals(1, tracker.assignedCount());
        assertEquals(7.0, tracker.createdToAssigned().max(), 0.1);
        assertEquals(Map.of("(none)", 1L), tracker.sources());
    }

    @Test
    void aPostedTicketWithoutAssignmentLeavesTheRunIncompleteAndUnreadableDataIsCounted() {
        tracker.posted("t1", ms(0));
        tracker.posted("t2", ms(0));
        matcher.accept("ticket.created", created("t1", MARKER + "1"), ms(1));
        matcher.accept("ticket.assigned", assigned("t1", "ROUTING"), ms(2));
        matcher.accept("ticket.assigned", "{not json", ms(3));

        assertFalse(tracker.complete());
        assertEquals(1, matcher.unreadable());
        assertEquals("PARTIAL", EndToEndBenchmark.status(tracker));
    }

    @Test
    void postToCreatedIsTimedWhicheverOfTheAnswerAndTheRecordArrivesFirst() {
        matcher.accept("ticket.created", created("t9", MARKER + "9"), ms(130));
        tracker.posted("t9", ms(100)); // the HTTP answer came after the consumer saw the event

        assertEquals(30.0, tracker.postToCreated().p50(), 0.1);
        assertEquals(1, tracker.postToCreated().count());
    }

    @Test
    void reportsNoAssignmentsCleanlyWhenNothingAssigns() {
        tracker.posted("t1", ms(0));
        matcher.accept("ticket.created", created("t1", MARKER + "1"), ms(1));

        assertEquals("NO_ASSIGNMENTS", EndToEndBenchmark.status(tracker));
        assertTrue(EndToEndBenchmark.message(tracker, java.time.Duration.ofSeconds(15))
                .startsWith("no assignments seen: none of the 1 tickets posted (1 seen as ticket.created)"));
        assertEquals(0, tracker.createdToAssigned().count());
        assertEquals(1, tracker.postToCreated().count(), "the relay's share is measured without assignments");
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    private static String created(String id, String subject) {
        return "{\"ticketId\":\"" + id + "\",\"tenantId\":\"crazysales\",\"channel\":\"EMAIL\",\"subject\":\"" + subject
                + "\",\"status\":\"NEW\",\"requester\":{\"email\":\"a@example.com\"},\"createdAt\":\"2026-01-01T00:00:00Z\"}";
    }

    private static String assigned(String id, String source) {
        return "{\"ticketId\":\"" + id + "\",\"tenantId\":\"crazysales\",\"actor\":\"routing\",\"assignedAt\":"
                + "\"2026-01-01T00:00:00Z\",\"ownerAfter\":\"agent-1\",\"source\":"
                + (source == null ? "null" : "\"" + source + "\"") + "}";
    }
}
