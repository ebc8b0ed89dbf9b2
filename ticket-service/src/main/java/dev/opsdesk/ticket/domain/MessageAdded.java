package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.UUID;

/** Data of {@code ticket.message-added} (event-contracts/schemas/ticket.message-added.json). */
public record MessageAdded(
        UUID eventId,
        UUID ticketId,
        String tenantId,
        UUID messageId,
        UUID originTicketId,
        AuthorType authorType,
        String authorId,
        Visibility visibility,
        String body,
        Instant createdAt) implements TicketEvent {

    public static final String TYPE = "ticket.message-added";

    @Override
    public Instant occurredAt() {
        return createdAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
