package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code ticket.assigned}: the ticket's owner changed. */
public record TicketAssigned(UUID eventId, UUID ticketId, String tenantId, String ownerBefore, String ownerAfter,
                             String actor, Instant assignedAt) implements TicketEvent {

    public static final String TYPE = "ticket.assigned";

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
