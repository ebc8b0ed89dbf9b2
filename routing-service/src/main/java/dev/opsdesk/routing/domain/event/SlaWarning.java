package dev.opsdesk.routing.domain.event;

import dev.opsdesk.routing.domain.sla.SlaMetric;
import java.time.Instant;
import java.util.UUID;

/** Data of routing.sla-warning: the metric breaches within the policy's warning lead time. */
public record SlaWarning(UUID eventId, UUID ticketId, String tenantId, String policyId, SlaMetric metric,
                         String ownerId, Instant dueAt, Instant warnedAt) implements RoutingEvent {

    public static final String TYPE = "routing.sla-warning";

    @Override
    public UUID aggregateId() {
        return ticketId;
    }

    @Override
    public Instant occurredAt() {
        return warnedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
