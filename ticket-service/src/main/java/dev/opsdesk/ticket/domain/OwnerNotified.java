package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code ticket.owner-notified}: R43, A9 — a ticket owner is told which tickets were merged. */
public record OwnerNotified(UUID eventId, UUID ticketId, String tenantId, String recipient, String reason,
                            List<UUID> mergedTicketIds, Instant notifiedAt) implements TicketEvent {

    public static final String TYPE = "ticket.owner-notified";

    @Override
    public Instant occurredAt() {
        return notifiedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
