package dev.opsdesk.routing.domain.sla;

import dev.opsdesk.routing.domain.StatusCategory;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes a ticket's SLA timers from its facts and a policy: the same facts and policy always
 * give the same due times, so a changed policy is applied by replaying the facts.
 * <ul>
 * <li>FIRST_REPLY runs from creation to the first public staff message.</li>
 * <li>NEXT_REPLY runs from a public customer message, after the first reply, to the next public staff message.</li>
 * <li>PENDING_UPDATE (R76, A16) runs while the ticket is in a pending-update category and restarts with
 * every public staff message: an update is due within the target of the previous one.</li>
 * <li>RESOLUTION runs from creation to a closed category.</li>
 * </ul>
 * The pausing categories (waiting on the customer, as the tenant defines) stop all but PENDING_UPDATE.
 */
public final class SlaTimeline {

    private final Set<StatusCategory> pausing;
    private final Set<StatusCategory> pendingUpdate;
    private final Map<SlaMetric, MetricClock> clocks = new EnumMap<>(SlaMetric.class);
    private StatusCategory category;
    private boolean firstReplySent;

    private SlaTimeline(SlaPolicy policy, BusinessCalendar businessCalendar) {
        this.pausing = policy.pausing();
        this.pendingUpdate = policy.pendingUpdate();
        policy.targets.forEach((metric, target) -> clocks.put(metric, new MetricClock(target.duration(),
                target.businessHours() ? businessCalendar : BusinessCalendar.ALWAYS)));
    }

    public record Computed(TimerState state, Instant startedAt, Instant dueAt) {
    }

    /** The timers of the policy's metrics that have started; {@code businessCalendar} may be ALWAYS. */
    public static Map<SlaMetric, Computed> compute(List<SlaFact> facts, SlaPolicy policy,
                                                   BusinessCalendar businessCalendar) {
        SlaTimeline timeline = new SlaTimeline(policy, businessCalendar);
        for (SlaFact fact : facts) {
            timeline.apply(fact);
        }
        Map<SlaMetric, Computed> result = new EnumMap<>(SlaMetric.class);
        timeline.clocks.forEach((metric, clock) -> {
            if (clock.started()) {
                MetricClock.Result r = clock.result();
                result.put(metric, new Computed(r.state(), r.startedAt(), r.dueAt()));
            }
        });
        return result;
    }

    private void apply(SlaFact fact) {
        switch (fact.kind) {
            case CREATED -> created(fact.at, fact.category);
            case STATUS -> status(fact.at, fact.category);
            case MESSAGE -> message(fact);
        }
    }

    private void created(Instant at, StatusCategory initial) {
        category = initial == null ? StatusCategory.NEW : initial;
        boolean running = !pausing.contains(category);
        with(SlaMetric.FIRST_REPLY, c -> c.start(at, running));
        with(SlaMetric.RESOLUTION, c -> c.start(at, running));
        if (pendingUpdate.contains(category)) {
            with(SlaMetric.PENDING_UPDATE, c -> c.start(at, true));
        }
    }

    private void status(Instant at, StatusCategory next) {
        if (next == null || category == null) {
            return;
        }
        StatusCategory previous = category;
        category = next;
        if (next.closed()) {
            finishIfActive(SlaMetric.FIRST_REPLY, at, TimerState.CANCELLED);
            finishIfActive(SlaMetric.NEXT_REPLY, at, TimerState.CANCELLED);
            finishIfActive(SlaMetric.PENDING_UPDATE, at, TimerState.CANCELLED);
            finishIfActive(SlaMetric.RESOLUTION, at, TimerState.MET);
            return;
        }
        boolean running = !pausing.contains(next);
        if (previous.closed()) {
            with(SlaMetric.RESOLUTION, c -> c.reopen(at, running));
        }
        for (SlaMetric metric : List.of(SlaMetric.FIRST_REPLY, SlaMetric.NEXT_REPLY, SlaMetric.RESOLUTION)) {
            with(metric, c -> {
                if (running) {
                    c.resume(at);
                } else {
                    c.pause(at);
                }
            });
        }
        boolean pending = pendingUpdate.contains(next);
        with(SlaMetric.PENDING_UPDATE, c -> {
            if (pending && !c.active()) {
                c.start(at, true);
            } else if (!pending && c.active()) {
                c.finish(at, TimerState.MET);
            }
        });
    }

    private void message(SlaFact fact) {
        if (category == null || category.closed()) {
            return;
        }
        Instant at = fact.at;
        if (fact.publicFrom("STAFF")) {
            firstReplySent = true;
            finishIfActive(SlaMetric.FIRST_REPLY, at, TimerState.MET);
            finishIfActive(SlaMetric.NEXT_REPLY, at, TimerState.MET);
            with(SlaMetric.PENDING_UPDATE, c -> {
                if (c.active()) { // R76: the update restarts the interval
                    c.finish(at, TimerState.MET);
                    c.start(at, true);
                }
            });
        } else if (fact.publicFrom("CUSTOMER") && firstReplySent) {
            boolean running = !pausing.contains(category);
            with(SlaMetric.NEXT_REPLY, c -> {
                if (!c.active()) {
                    c.start(at, running);
                }
            });
        }
    }

    private void finishIfActive(SlaMetric metric, Instant at, TimerState end) {
        with(metric, c -> {
            if (c.active()) {
                c.finish(at, end);
            }
        });
    }

    private void with(SlaMetric metric, java.util.function.Consumer<MetricClock> action) {
        MetricClock clock = clocks.get(metric);
        if (clock != null) {
            action.accept(clock);
        }
    }
}
