package dev.opsdesk.routing.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.routing.domain.sla.BusinessCalendar;
import dev.opsdesk.routing.domain.sla.MetricTarget;
import dev.opsdesk.routing.domain.sla.SlaFact;
import dev.opsdesk.routing.domain.sla.SlaMetric;
import dev.opsdesk.routing.domain.sla.SlaPolicy;
import dev.opsdesk.routing.domain.sla.SlaTimeline;
import dev.opsdesk.routing.domain.sla.TimerState;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Due times computed from a ticket's facts alone, for each metric. */
class SlaTimelineTest {

    static final UUID T = UUID.randomUUID();
    static final Instant T0 = Instant.parse("2026-05-04T08:00:00Z");

    @Test
    void nextReplyRunsFromACustomerMessageAfterTheFirstReplyUntilTheNextStaffReply() {
        SlaPolicy policy = policy(Map.of(SlaMetric.FIRST_REPLY, "PT1H", SlaMetric.NEXT_REPLY, "PT2H"));
        var timers = SlaTimeline.compute(List.of(created(T0), message(T0.plusSeconds(600), "STAFF"),
                message(T0.plusSeconds(3600), "CUSTOMER")), policy, BusinessCalendar.ALWAYS);

        assertEquals(TimerState.MET, timers.get(SlaMetric.FIRST_REPLY).state());
        assertEquals(T0.plusSeconds(3600).plus(Duration.ofHours(2)), timers.get(SlaMetric.NEXT_REPLY).dueAt());

        var answered = SlaTimeline.compute(List.of(created(T0), message(T0.plusSeconds(600), "STAFF"),
                message(T0.plusSeconds(3600), "CUSTOMER"), message(T0.plusSeconds(4000), "STAFF")), policy,
                BusinessCalendar.ALWAYS);
        assertEquals(TimerState.MET, answered.get(SlaMetric.NEXT_REPLY).state());
    }

    @Test
    void closingCancelsReplyTimersAndMeetsResolution() {
        SlaPolicy policy = policy(Map.of(SlaMetric.FIRST_REPLY, "PT1H", SlaMetric.RESOLUTION, "P1D"));
        var timers = SlaTimeline.compute(List.of(created(T0), status(T0.plusSeconds(60), StatusCategory.CLOSED_NO_ACTION)),
                policy, BusinessCalendar.ALWAYS);
        assertEquals(TimerState.CANCELLED, timers.get(SlaMetric.FIRST_REPLY).state());
        assertEquals(TimerState.MET, timers.get(SlaMetric.RESOLUTION).state());
    }

    @Test
    void aBreachInsideAPausedStretchKeepsTheMomentItCrossed() {
        SlaPolicy policy = policy(Map.of(SlaMetric.RESOLUTION, "PT2H"));
        policy.pausingCategories = new String[] {"WAITING_CUSTOMER"};
        var paused = SlaTimeline.compute(List.of(created(T0), status(T0.plusSeconds(3 * 3600), StatusCategory.WAITING_CUSTOMER)),
                policy, BusinessCalendar.ALWAYS);
        assertEquals(TimerState.PAUSED, paused.get(SlaMetric.RESOLUTION).state());
        assertNull(paused.get(SlaMetric.RESOLUTION).dueAt());

        var resumed = SlaTimeline.compute(List.of(created(T0), status(T0.plusSeconds(3 * 3600), StatusCategory.WAITING_CUSTOMER),
                status(T0.plusSeconds(5 * 3600), StatusCategory.AGENT_ACTION)), policy, BusinessCalendar.ALWAYS);
        assertEquals(T0.plus(Duration.ofHours(2)), resumed.get(SlaMetric.RESOLUTION).dueAt());
    }

    @Test
    void pendingUpdateOnlyRunsInItsCategoriesAndRestartsWithEachUpdate() {
        SlaPolicy policy = policy(Map.of(SlaMetric.PENDING_UPDATE, "P2D"));
        policy.pendingUpdateCategories = new String[] {"WAITING_CUSTOMER", "WAITING_INTERNAL"};
        assertNull(SlaTimeline.compute(List.of(created(T0)), policy, BusinessCalendar.ALWAYS).get(SlaMetric.PENDING_UPDATE));

        Instant pending = T0.plus(Duration.ofHours(1));
        var timers = SlaTimeline.compute(List.of(created(T0), status(pending, StatusCategory.WAITING_CUSTOMER),
                message(pending.plus(Duration.ofDays(1)), "STAFF"), status(pending.plus(Duration.ofDays(1)),
                        StatusCategory.WAITING_INTERNAL)), policy, BusinessCalendar.ALWAYS);
        assertEquals(pending.plus(Duration.ofDays(3)), timers.get(SlaMetric.PENDING_UPDATE).dueAt());

        var left = SlaTimeline.compute(List.of(created(T0), status(pending, StatusCategory.WAITING_CUSTOMER),
                status(pending.plusSeconds(60), StatusCategory.AGENT_ACTION)), policy, BusinessCalendar.ALWAYS);
        assertEquals(TimerState.MET, left.get(SlaMetric.PENDING_UPDATE).state());
    }

    private static SlaPolicy policy(Map<SlaMetric, String> targets) {
        SlaPolicy p = new SlaPolicy();
        p.policyId = "p";
        p.targets = new EnumMap<>(SlaMetric.class);
        targets.forEach((m, d) -> p.targets.put(m, new MetricTarget(d, false)));
        return p;
    }

    private static SlaFact created(Instant at) {
        return SlaFact.status("t", T, SlaFact.Kind.CREATED, at, StatusCategory.NEW);
    }

    private static SlaFact status(Instant at, StatusCategory category) {
        return SlaFact.status("t", T, SlaFact.Kind.STATUS, at, category);
    }

    private static SlaFact message(Instant at, String author) {
        return SlaFact.message("t", T, at, author, "PUBLIC");
    }
}
