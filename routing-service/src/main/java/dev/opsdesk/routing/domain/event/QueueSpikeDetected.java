package dev.opsdesk.routing.domain.event;

import dev.opsdesk.routing.domain.alert.SpikeKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of routing.queue-spike-detected (A28, A29); later events of the same alertId list more tickets.
 * {@code ticketIds} holds the first of them (opsdesk.routing.alert-event-tickets), {@code ticketCount} all.
 */
public record QueueSpikeDetected(UUID eventId, UUID alertId, String tenantId, String queue, SpikeKind kind,
                                 String pattern, double threshold, double observed, Instant windowStart,
                                 Instant windowEnd, List<UUID> ticketIds, long ticketCount, String recipientRole,
                                 Instant detectedAt)
        implements RoutingEvent {

    public static final String TYPE = "routing.queue-spike-detected";

    @Override
    public UUID aggregateId() {
        return alertId;
    }

    @Override
    public Instant occurredAt() {
        return detectedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
