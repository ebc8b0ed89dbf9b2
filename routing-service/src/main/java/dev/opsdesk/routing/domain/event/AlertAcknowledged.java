package dev.opsdesk.routing.domain.event;

import java.time.Instant;
import java.util.UUID;

/** Data of routing.alert-acknowledged (R116); {@code role} (optional) is the acknowledging user's role. */
public record AlertAcknowledged(UUID eventId, UUID alertId, String tenantId, String acknowledgedBy, String role,
                                String note, Instant acknowledgedAt) implements RoutingEvent {

    public static final String TYPE = "routing.alert-acknowledged";

    @Override
    public UUID aggregateId() {
        return alertId;
    }

    @Override
    public Instant occurredAt() {
        return acknowledgedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
