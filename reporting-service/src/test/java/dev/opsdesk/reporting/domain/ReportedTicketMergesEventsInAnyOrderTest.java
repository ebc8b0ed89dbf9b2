package dev.opsdesk.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The property a rebuild relies on: a ticket's row ends the same whatever order its events arrive in. */
class ReportedTicketMergesEventsInAnyOrderTest {

    private static final BusinessCalendar UTC_OFFICE = new BusinessCalendar(ZoneOffset.UTC,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
    private static final Instant MON_9 = Instant.parse("2026-11-23T09:00:00Z");

    private static List<Consumer<ReportedTicket>> events() {
        UUID created = UUID.randomUUID(), solved = UUID.randomUUID(), reopened = UUID.randomUUID(),
                resolved = UUID.randomUUID(), classified = UUID.randomUUID(), routed = UUID.randomUUID(),
                assigned = UUID.randomUUID();
        return List.of(
                t -> t.created(created, "EMAIL", "s", "NEW", "NEW", "AU", null, null, MON_9),
                t -> t.publicStaffReply(MON_9.plusSeconds(1800)),
                t -> t.statusChanged(solved, "NEW", "RESOLVED", "SOLVED", MON_9.plusSeconds(3600)),
                t -> t.statusChanged(reopened, "SOLVED", "CUSTOMER_REPLY", "AGENT_ACTION", MON_9.plusSeconds(7200)),
                t -> t.publicStaffReply(MON_9.plusSeconds(7500)),
                t -> t.resolved(resolved, "SOLVED", "SOLVED", "SOLVED", List.of("x/y"), MON_9.plusSeconds(9000)),
                t -> t.topics(classified, List.of("a/b"), MON_9.plusSeconds(60)),
                t -> t.group(routed, "email-queue", MON_9.plusSeconds(10)),
                t -> t.owner(assigned, "a1", MON_9.plusSeconds(20)),
                t -> t.group(assigned, null, MON_9.plusSeconds(20)));
    }

    @Test
    void everyOrderEndsInTheSameState() {
        List<Consumer<ReportedTicket>> events = events();
        String expected = state(apply(events));
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            List<Consumer<ReportedTicket>> shuffled = new ArrayList<>(events);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, state(apply(shuffled)));
        }
    }

    @Test
    void theMergedStateIsTheOneTheEventsDescribe() {
        ReportedTicket t = apply(events());
        assertEquals("SOLVED", t.statusCategory);
        assertEquals(List.of("x/y"), List.of(t.topics)); // ticket.resolved's topics are later than the classification
        assertEquals(1, t.reopenCount);
        assertEquals(2, t.publicReplies);
        assertEquals(1800L, t.frtSeconds);
        assertEquals(3600L, t.resolutionSeconds); // first resolution; the reopen does not reset it
        assertEquals("email-queue", t.groupId); // an assignment without a group leaves it
        assertFalse(t.open);
    }

    @Test
    void aResolutionBeatsTheStatusChangeOfTheSameInstant() {
        Instant at = MON_9.plusSeconds(600);
        ReportedTicket t = new ReportedTicket();
        t.resolved(UUID.randomUUID(), "NRR", "CLOSED_NO_ACTION", "CLOSED", List.of(), at);
        t.statusChanged(UUID.randomUUID(), "NEW", "CLOSED", "SOLVED", at);
        assertEquals("CLOSED_NO_ACTION", t.statusCategory);
    }

    @Test
    void aTicketIsOpenOnlyOnceCreatedAndWhileInAnOpenCategory() {
        ReportedTicket stub = new ReportedTicket();
        stub.group(UUID.randomUUID(), "q", MON_9);
        stub.derive(UTC_OFFICE);
        assertFalse(stub.open);
        stub.created(UUID.randomUUID(), "EMAIL", "s", "NEW", null, null, null, null, MON_9);
        stub.derive(UTC_OFFICE);
        assertTrue(stub.open);
        stub.mergedInto(UUID.randomUUID(), UUID.randomUUID(), MON_9.plusSeconds(5));
        stub.derive(UTC_OFFICE);
        assertFalse(stub.open);
    }

    private static ReportedTicket apply(List<Consumer<ReportedTicket>> events) {
        ReportedTicket t = new ReportedTicket();
        t.ticketId = UUID.randomUUID();
        events.forEach(e -> e.accept(t));
        t.derive(UTC_OFFICE);
        return t;
    }

    private static String state(ReportedTicket t) {
        return String.join("|", String.valueOf(t.createdAt), t.channel, t.statusCode, t.statusCategory,
                t.resolution, String.join(",", t.topics), t.ownerId, t.groupId, String.valueOf(t.firstResponseAt),
                String.valueOf(t.lastPublicUpdateAt), String.valueOf(t.publicReplies),
                String.valueOf(t.firstResolvedAt), String.valueOf(t.lastResolvedAt), String.valueOf(t.reopenCount),
                String.valueOf(t.lastReopenedAt), String.valueOf(t.frtBusinessSeconds),
                String.valueOf(t.resolutionBusinessSeconds), String.valueOf(t.open));
    }
}
