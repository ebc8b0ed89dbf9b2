package dev.opsdesk.routing.support;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A Festival support agent whose only shift is 08:00-16:00 UTC on the weekday two days from now, with
 * accepted cases in their personal queue; {@link #shiftEnd()} is that shift's end.
 */
public final class EndOfDayFixture {

    public final RoutingApi api;
    public final LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(2);

    public EndOfDayFixture(String prefix) {
        api = RoutingApi.tenant(prefix, "festival");
        api.agent("front", "support-queue", Map.of("*", 20));
        api.online("front");
        DayOfWeek weekday = day.getDayOfWeek();
        api.supervisor().body(Map.of("timeZone", "UTC", "shifts", List.of(Map.of("day", weekday.name(),
                        "starts", "08:00", "ends", "16:00"))))
                .put(RoutingApi.BASE + "/agents/front/shifts").then().statusCode(200);
    }

    public Instant shiftEnd() {
        return day.atTime(LocalTime.of(16, 0)).toInstant(ZoneOffset.UTC);
    }

    /** A general case accepted by the agent (it is in their personal queue, not yet responded). */
    public UUID acceptedCase(String subject) {
        UUID ticket = Cases.classified(api, "festival-related", "submission-status", subject.hashCode() + "@example.org");
        api.as("front", "agent").body(Map.of("ticketIds", List.of(ticket.toString())))
                .post(RoutingApi.BASE + "/queues/support-queue/accept").then().statusCode(200);
        return ticket;
    }
}
