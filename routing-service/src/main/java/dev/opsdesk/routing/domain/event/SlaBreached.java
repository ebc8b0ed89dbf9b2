package dev.opsdesk.routing.domain.event;

import dev.opsdesk.routing.domain.sla.Escalation;
import dev.opsdesk.routing.domain.sla.SlaMetric;
import java.time.Instant;
import java.util.UUID;

/** Data of routing.sla-breached, with the escalation the policy asks for (e.g. R76). */
public record SlaBreached(UUID eventId, UUID ticketId, String tenantId, String policyId, SlaMetric metric,
                          String ownerId, Instant dueAt, Instant breachedAt, Escalation escalation, String rule)
        implements RoutingEvent {

    public static final String TYPE = "routing.sla-breached";

    @Override
    public UUID aggregateId() {
        return ticketId;
    }

    @Override
    public Instant occurredAt() {
        return breachedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
