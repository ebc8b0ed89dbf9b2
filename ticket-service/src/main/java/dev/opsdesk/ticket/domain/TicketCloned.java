package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code ticket.cloned}: clones were made of this case (R124), key = the original. */
public record TicketCloned(UUID eventId, UUID ticketId, String tenantId, List<UUID> cloneIds, String reason,
                           String department, String actor, Instant clonedAt) implements TicketEvent {

    public static final String TYPE = "ticket.cloned";

    @Override
    public Instant occurredAt() {
        return clonedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
