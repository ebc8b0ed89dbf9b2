package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.event.SlaTimerChanged;
import dev.opsdesk.routing.domain.sla.BusinessCalendar;
import dev.opsdesk.routing.domain.sla.BusinessHours;
import dev.opsdesk.routing.domain.sla.SlaFact;
import dev.opsdesk.routing.domain.sla.SlaMetric;
import dev.opsdesk.routing.domain.sla.SlaPolicy;
import dev.opsdesk.routing.domain.sla.SlaTimeline;
import dev.opsdesk.routing.domain.sla.SlaTimer;
import dev.opsdesk.routing.domain.sla.TimerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A due time on every ticket, recomputed from its facts whenever one arrives or a policy changes:
 * the stored timers follow, and every change of state or due time is published.
 */
@ApplicationScoped
public class SlaTimers {

    private static final Set<TimerState> FINAL = EnumSet.of(TimerState.MET, TimerState.CANCELLED);

    /** Appends a fact of the ticket and recomputes its timers. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> record(RoutedTicket ticket, SlaFact fact, Instant now) {
        fact.persist();
        if (fact.kind == SlaFact.Kind.CREATED && SlaPolicy.count("tenantId", ticket.tenantId) == 0) {
            return List.of(); // a new ticket of a tenant without policies has no timers
        }
        return recompute(ticket, now);
    }

    /** The ticket's timers from all its facts under the policy that applies to its channel and priority now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> recompute(RoutedTicket ticket, Instant now) {
        List<SlaPolicy> policies = SlaPolicy.ofTenant(ticket.tenantId);
        Map<SlaMetric, SlaTimer> stored = new EnumMap<>(SlaMetric.class);
        SlaTimer.of(ticket.ticketId).forEach(t -> stored.put(t.metric, t));
        if (policies.isEmpty() && stored.isEmpty()) {
            return List.of();
        }
        Optional<SlaPolicy> policy = SlaPolicy.select(policies, ticket.channel, ticket.priority);
        Map<SlaMetric, SlaTimeline.Computed> computed = policy
                .map(p -> SlaTimeline.compute(SlaFact.of(ticket.ticketId), p, calendarOf(p)))
                .orElse(Map.of());
        List<RoutingEvent> events = new ArrayList<>();
        for (SlaMetric metric : SlaMetric.values()) {
            SlaTimer timer = stored.get(metric);
            SlaTimeline.Computed c = computed.get(metric);
            if (c == null && (timer == null || FINAL.contains(timer.state))) {
                continue;
            }
            if (c == null) {
                c = new SlaTimeline.Computed(TimerState.CANCELLED, timer.startedAt, null); // the policy no longer sets it
            }
            SlaPolicy p = policy.orElse(null);
            if (timer == null) {
                timer = newTimer(ticket, metric);
            }
            if (update(timer, c, p, now)) {
                events.add(new SlaTimerChanged(UUID.randomUUID(), ticket.ticketId, ticket.tenantId, timer.policyId,
                        timer.policyVersion, metric, timer.state, timer.state == TimerState.RUNNING
                        || timer.state == TimerState.BREACHED ? timer.dueAt : null, now));
            }
        }
        return events;
    }

    /** Applies a computed state to the stored timer; true when something a subscriber cares about changed. */
    private static boolean update(SlaTimer timer, SlaTimeline.Computed c, SlaPolicy policy, Instant now) {
        TimerState state = c.state();
        if (state == TimerState.RUNNING && timer.breachedAt != null && !c.dueAt().isAfter(now)) {
            state = TimerState.BREACHED; // still overdue: the breach stands
        }
        String policyId = policy != null ? policy.policyId : timer.policyId;
        int version = policy != null ? policy.version : timer.policyVersion;
        boolean changed = timer.state != state || !Objects.equals(timer.dueAt, c.dueAt())
                || !Objects.equals(timer.policyId, policyId) || timer.policyVersion != version;
        if (!changed) {
            return false;
        }
        if (state == TimerState.RUNNING) {
            timer.breachedAt = null; // a relaxed policy or a pause moved the due time past now
        }
        if (c.dueAt() != null && !c.dueAt().equals(timer.dueAt)) {
            timer.warnedAt = null;
        }
        timer.state = state;
        timer.policyId = policyId;
        timer.policyVersion = version;
        timer.startedAt = c.startedAt();
        timer.dueAt = c.dueAt();
        timer.warnAt = c.dueAt() == null || policy == null || policy.warnBeforeSeconds <= 0 ? null
                : c.dueAt().minusSeconds(policy.warnBeforeSeconds);
        timer.changedAt = now;
        timer.persist();
        return true;
    }

    private static SlaTimer newTimer(RoutedTicket ticket, SlaMetric metric) {
        SlaTimer timer = new SlaTimer();
        timer.id = UUID.randomUUID();
        timer.tenantId = ticket.tenantId;
        timer.ticketId = ticket.ticketId;
        timer.metric = metric;
        return timer;
    }

    static BusinessCalendar calendarOf(SlaPolicy policy) {
        if (policy.calendarId == null) {
            return BusinessCalendar.ALWAYS;
        }
        return BusinessHours.find(policy.tenantId, policy.calendarId).map(BusinessHours::calendar)
                .orElse(BusinessCalendar.ALWAYS);
    }

    /** Replays every open ticket of the tenant against the current policies (after a policy or calendar change). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> replay(String tenantId, Instant now) {
        List<RoutingEvent> events = new ArrayList<>();
        List<RoutedTicket> open = RoutedTicket.list("tenantId = ?1 and state <> ?2 order by receivedAt", tenantId,
                dev.opsdesk.routing.domain.TicketState.CLOSED);
        for (RoutedTicket ticket : open) {
            events.addAll(recompute(ticket, now));
        }
        return events;
    }
}
