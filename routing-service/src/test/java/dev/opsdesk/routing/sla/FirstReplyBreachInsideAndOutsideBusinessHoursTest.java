package dev.opsdesk.routing.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.event.SlaBreached;
import dev.opsdesk.routing.domain.event.SlaWarning;
import dev.opsdesk.routing.service.Ticks;
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
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * First reply within 4 working hours of a Monday-Friday 09:00-17:00 Berlin calendar: a ticket from
 * inside business hours breaches the same day, one from Friday afternoon or the weekend on Monday;
 * a warning comes 30 minutes before; a reply in time meets the metric.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FirstReplyBreachInsideAndOutsideBusinessHoursTest {

    @Inject
    Ticks ticks;

    RoutingApi api;

    @BeforeEach
    void policy() {
        api = RoutingApi.tenant("sla-fr", "default");
        Sla.officeHours(api);
        Sla.policy(api, "first-reply", Map.of("name", "First reply in 4 working hours", "calendar", Sla.OFFICE_HOURS,
                "targets", Map.of("FIRST_REPLY", Map.of("target", "PT4H", "businessHours", true)),
                "warnBefore", "PT30M", "escalation", "NONE"));
    }

    @Test
    void insideBusinessHoursItWarnsThenBreachesTheSameDay() {
        UUID ticket = created("2026-03-02T09:00:00Z"); // Monday 10:00 in Berlin
        assertEquals(Instant.parse("2026-03-02T13:00:00Z"), Sla.due(api, ticket, "FIRST_REPLY"));

        assertEquals(List.of(), of(ticks.tick(api.id(), Instant.parse("2026-03-02T12:29:00Z")), ticket));
        List<RoutingEvent> warned = of(ticks.tick(api.id(), Instant.parse("2026-03-02T12:30:00Z")), ticket);
        assertEquals(1, warned.size());
        assertTrue(warned.get(0) instanceof SlaWarning);
        assertEquals(List.of(), of(ticks.tick(api.id(), Instant.parse("2026-03-02T12:59:59Z")), ticket));

        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            ticks.tick(api.id(), Instant.parse("2026-03-02T13:00:00Z"));
            var breach = probe.awaitOne(e -> e.type().equals("routing.sla-breached") && e.key().equals(ticket.toString()));
            assertEquals("FIRST_REPLY", breach.data().path("metric").asText());
            assertEquals("2026-03-02T13:00:00Z", breach.data().path("dueAt").asText());
        }
        assertEquals("BREACHED", Sla.timer(api, ticket, "FIRST_REPLY").get("state"));
    }

    @Test
    void fromFridayAfternoonOrTheWeekendTheClockRunsOnMonday() {
        UUID friday = created("2026-03-06T15:00:00Z"); // Friday 16:00 Berlin: 1 h left that day
        UUID saturday = created("2026-03-07T09:00:00Z");
        assertEquals(Instant.parse("2026-03-09T11:00:00Z"), Sla.due(api, friday, "FIRST_REPLY"));
        assertEquals(Instant.parse("2026-03-09T12:00:00Z"), Sla.due(api, saturday, "FIRST_REPLY"));

        assertTrue(breaches(ticks.tick(api.id(), Instant.parse("2026-03-08T20:00:00Z"))).isEmpty());
        assertEquals(List.of(friday), breaches(ticks.tick(api.id(), Instant.parse("2026-03-09T11:00:00Z"))));
        assertEquals(List.of(saturday), breaches(ticks.tick(api.id(), Instant.parse("2026-03-09T12:00:00Z"))));
    }

    @Test
    void aReplyInTimeMeetsTheMetricAndNothingBreaches() {
        UUID ticket = created("2026-03-02T09:00:00Z");
        Kafka.send(TicketEvents.messageAdded(api.id(), ticket, "STAFF", "PUBLIC", Instant.parse("2026-03-02T10:00:00Z")));
        Db.awaitCount(1, "select count(*) from sla_timer where ticket_id = ?1 and state = 'MET'", ticket);

        assertTrue(breaches(ticks.tick(api.id(), Instant.parse("2026-03-03T09:00:00Z"))).isEmpty());
        assertEquals("MET", Sla.timer(api, ticket, "FIRST_REPLY").get("state"));
    }

    private UUID created(String at) {
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(api.id(), ticket, "EMAIL", "Help", "c@example.org", Instant.parse(at)));
        api.awaitDecisions(ticket, 1);
        return ticket;
    }

    private static List<RoutingEvent> of(List<RoutingEvent> events, UUID ticket) {
        return events.stream().filter(e -> e.aggregateId().equals(ticket)
                && (e instanceof SlaWarning || e instanceof SlaBreached)).toList();
    }

    private static List<UUID> breaches(List<RoutingEvent> events) {
        return events.stream().filter(e -> e instanceof SlaBreached).map(RoutingEvent::aggregateId).toList();
    }
}
