package dev.opsdesk.routing.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.event.SlaBreached;
import dev.opsdesk.routing.service.Ticks;
import dev.opsdesk.routing.support.Db;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.Sla;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R76, A16 (Zalora template): a WET TICKET in Pending or On-hold gets a public update within 2
 * calendar days of the previous one, or the timer breaches (also on a weekend, outside business
 * hours); each update restarts the interval; other channels have no such timer; a tenant that counts
 * business time (two 8-hour days) breaches after the weekend instead.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R76PendingUpdateBreachTest {

    @Inject
    Ticks ticks;

    @Test
    void twoCalendarDaysWithoutAnUpdateBreachEvenOnASunday() {
        RoutingApi api = RoutingApi.tenant("r76", "zalora");
        UUID wet = pending(api, "WET_TICKET", "2026-03-06T14:00:00Z"); // Friday
        assertEquals(Instant.parse("2026-03-08T14:00:00Z"), Sla.due(api, wet, "PENDING_UPDATE")); // Sunday

        assertTrue(breaches(ticks.tick(api.id(), Instant.parse("2026-03-08T13:59:00Z"))).isEmpty());
        List<SlaBreached> breaches = breaches(ticks.tick(api.id(), Instant.parse("2026-03-08T14:00:00Z")));

        assertEquals(1, breaches.size());
        assertEquals("PENDING_UPDATE", breaches.get(0).metric().name());
        assertEquals("R76", breaches.get(0).rule());
        assertEquals("NOTIFY_SUPERVISOR", breaches.get(0).escalation().name());
    }

    @Test
    void aPublicUpdateRestartsTheTwoDays() {
        RoutingApi api = RoutingApi.tenant("r76", "zalora");
        UUID wet = pending(api, "WET_TICKET", "2026-03-02T09:00:00Z");
        Kafka.send(TicketEvents.messageAdded(api.id(), wet, "STAFF", "PUBLIC", Instant.parse("2026-03-03T09:00:00Z")));
        Db.awaitCount(2, "select count(*) from sla_fact where ticket_id = ?1 and kind = 'MESSAGE'", wet);

        assertEquals(Instant.parse("2026-03-05T09:00:00Z"), Sla.due(api, wet, "PENDING_UPDATE"));
        assertTrue(breaches(ticks.tick(api.id(), Instant.parse("2026-03-04T10:00:00Z"))).isEmpty());
    }

    @Test
    void otherChannelsHaveNoPendingUpdateTimer() {
        RoutingApi api = RoutingApi.tenant("r76", "zalora");
        UUID email = pending(api, "EMAIL", "2026-03-02T09:00:00Z");
        assertNull(Sla.timer(api, email, "PENDING_UPDATE"));
    }

    @Test
    void countedInBusinessTimeTheWeekendDoesNotCount() {
        RoutingApi api = RoutingApi.tenant("r76", "zalora");
        Sla.officeHours(api);
        Sla.policy(api, "wet-ticket-pending-update", Map.of("name", "Two working days", "channels", List.of("WET_TICKET"),
                "targets", Map.of("PENDING_UPDATE", Map.of("target", "PT16H", "businessHours", true)),
                "calendar", Sla.OFFICE_HOURS, "pendingUpdate", List.of("WAITING_CUSTOMER", "WAITING_INTERNAL"),
                "escalation", "NOTIFY_SUPERVISOR", "rule", "R76"));
        UUID wet = pending(api, "WET_TICKET", "2026-03-06T14:00:00Z"); // Friday 15:00 Berlin

        // 2 h on Friday, 8 h on Monday, 6 h on Tuesday: Tuesday 15:00 Berlin
        assertEquals(Instant.parse("2026-03-10T14:00:00Z"), Sla.due(api, wet, "PENDING_UPDATE"));
        assertTrue(breaches(ticks.tick(api.id(), Instant.parse("2026-03-08T14:00:00Z"))).isEmpty());
        assertEquals(1, breaches(ticks.tick(api.id(), Instant.parse("2026-03-10T14:00:00Z"))).size());
    }

    /** A ticket answered and set to Pending at {@code at}. */
    private static UUID pending(RoutingApi api, String channel, String at) {
        UUID ticket = UUID.randomUUID();
        Instant when = Instant.parse(at);
        Kafka.send(TicketEvents.created(api.id(), ticket, channel, "Refund status", "c@example.co.id", when.minusSeconds(3600)),
                TicketEvents.messageAdded(api.id(), ticket, "STAFF", "PUBLIC", when),
                TicketEvents.statusChanged(api.id(), ticket, "PENDING", "WAITING_CUSTOMER", when));
        Db.awaitCount(3, "select count(*) from sla_fact where ticket_id = ?1", ticket);
        return ticket;
    }

    private static List<SlaBreached> breaches(List<RoutingEvent> events) {
        return events.stream().filter(e -> e instanceof SlaBreached).map(SlaBreached.class::cast).toList();
    }
}
