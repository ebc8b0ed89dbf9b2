package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code ticket.assigned}: the ticket's owner (or routing group) changed. {@code source} says
 * what changed it; {@code decisionId} is the routing decision applied, when routing did.
 */
public record TicketAssigned(UUID eventId, UUID ticketId, String tenantId, String ownerBefore, String ownerAfter,
                             String actor, Instant assignedAt, String groupAfter, Source source, UUID decisionId)
        implements TicketEvent {

    public static final String TYPE = "ticket.assigned";

    /** What changed the owner (schema field {@code source}). */
    public enum Source { MANUAL, ROUTING, MERGE, REQUEUE }

    /** A manual assignment (POST /tickets/{id}/assign). */
    public TicketAssigned(UUID eventId, UUID ticketId, String tenantId, String ownerBefore, String ownerAfter,
                          String actor, Instant assignedAt) {
        this(eventId, ticketId, tenantId, ownerBefore, ownerAfter, actor, assignedAt, null, Source.MANUAL, null);
    }

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
