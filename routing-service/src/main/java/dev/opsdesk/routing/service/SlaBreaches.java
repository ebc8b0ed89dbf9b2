package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutedTicket;
import dev.opsdesk.routing.domain.Trigger;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import dev.opsdesk.routing.domain.event.SlaBreached;
import dev.opsdesk.routing.domain.event.SlaTimerChanged;
import dev.opsdesk.routing.domain.event.SlaWarning;
import dev.opsdesk.routing.domain.sla.Escalation;
import dev.opsdesk.routing.domain.sla.SlaPolicy;
import dev.opsdesk.routing.domain.sla.SlaTimer;
import dev.opsdesk.routing.domain.sla.TimerState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The time-driven side of SLA timers: a warning before the due time, a breach at it, and the policy's escalation. */
@ApplicationScoped
public class SlaBreaches {

    private static final int BATCH = 500;

    private final Router router;

    SlaBreaches(Router router) {
        this.router = router;
    }

    /** Warns and breaches every timer of the tenant whose time has come by {@code now}. The caller holds the lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<RoutingEvent> tick(Router.Context ctx) {
        List<RoutingEvent> events = new ArrayList<>();
        Instant now = ctx.now();
        for (SlaTimer timer : SlaTimer.due(ctx.tenantId(), now, BATCH)) {
            RoutedTicket ticket = RoutedTicket.findById(timer.ticketId);
            String owner = ticket == null ? null : ticket.ownerId;
            if (!timer.dueAt.isAfter(now)) {
                events.addAll(breach(ctx, timer, ticket, owner));
            } else {
                timer.warnedAt = now;
                events.add(new SlaWarning(UUID.randomUUID(), timer.ticketId, timer.tenantId, timer.policyId, timer.metric,
                        owner, timer.dueAt, now));
            }
        }
        return events;
    }

    private List<RoutingEvent> breach(Router.Context ctx, SlaTimer timer, RoutedTicket ticket, String owner) {
        List<RoutingEvent> events = new ArrayList<>();
        timer.state = TimerState.BREACHED;
        timer.breachedAt = timer.dueAt;
        timer.changedAt = ctx.now();
        Optional<SlaPolicy> policy = SlaPolicy.find(timer.tenantId, timer.policyId);
        Escalation escalation = policy.map(p -> p.escalation).orElse(Escalation.NONE);
        if (escalation == Escalation.REASSIGN && ticket != null && ticket.mergeOwned) {
            escalation = Escalation.NOTIFY_SUPERVISOR; // R37, R39, R45: a merged ticket stays with its owner
        }
        events.add(new SlaTimerChanged(UUID.randomUUID(), timer.ticketId, timer.tenantId, timer.policyId,
                timer.policyVersion, timer.metric, TimerState.BREACHED, timer.dueAt, ctx.now()));
        events.add(new SlaBreached(UUID.randomUUID(), timer.ticketId, timer.tenantId, timer.policyId, timer.metric,
                owner, timer.dueAt, timer.breachedAt, escalation, policy.map(p -> p.domainRule).orElse(null)));
        if (escalation == Escalation.REASSIGN && ticket != null && ticket.open()) {
            Set<String> excluded = owner == null ? Set.of() : Set.of(owner);
            router.route(ctx, ticket, Trigger.SLA_ESCALATION, excluded, null, false).ifPresent(events::add);
        }
        return events;
    }
}
