package dev.opsdesk.routing.domain.event;

import java.time.Instant;
import java.util.UUID;

/** Data of routing.ticket-requeued (R133, A32): back from a personal queue to the group queue. */
public record TicketRequeued(UUID eventId, UUID ticketId, String tenantId, String fromAgentId, String toGroupId,
                             Reason reason, Instant shiftEndedAt, Instant requeuedAt) implements RoutingEvent {

    public static final String TYPE = "routing.ticket-requeued";

    public enum Reason { END_OF_DAY, AGENT_UNAVAILABLE, MANUAL }

    @Override
    public UUID aggregateId() {
        return ticketId;
    }

    @Override
    public Instant occurredAt() {
        return requeuedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
