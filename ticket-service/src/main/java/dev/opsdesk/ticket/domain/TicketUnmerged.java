package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code ticket.unmerged}: a merge was undone and every ticket restored (key = target id). */
public record TicketUnmerged(UUID eventId, UUID ticketId, String tenantId, UUID mergeId, List<UUID> sourceTicketIds,
                             String unmergedBy, Instant unmergedAt) implements TicketEvent {

    public static final String TYPE = "ticket.unmerged";

    @Override
    public Instant occurredAt() {
        return unmergedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
