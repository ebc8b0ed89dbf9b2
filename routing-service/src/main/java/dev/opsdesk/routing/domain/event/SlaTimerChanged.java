package dev.opsdesk.routing.domain.event;

import dev.opsdesk.routing.domain.sla.SlaMetric;
import dev.opsdesk.routing.domain.sla.TimerState;
import java.time.Instant;
import java.util.UUID;

/** Data of routing.sla-timer-changed: a metric's state or due time, recomputed from the ticket's events. */
public record SlaTimerChanged(UUID eventId, UUID ticketId, String tenantId, String policyId, Integer policyVersion,
                              SlaMetric metric, TimerState state, Instant dueAt, Instant changedAt)
        implements RoutingEvent {

    public static final String TYPE = "routing.sla-timer-changed";

    @Override
    public UUID aggregateId() {
        return ticketId;
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
