package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Data of {@code ticket.note-added} (event-contracts/schemas/ticket.note-added.json). */
public record NoteAdded(
        UUID eventId,
        UUID ticketId,
        String tenantId,
        UUID noteId,
        String templateId,
        Map<String, String> fields,
        List<String> warnings,
        Visibility visibility,
        String authorId,
        Instant createdAt) implements TicketEvent {

    public static final String TYPE = "ticket.note-added";

    @Override
    public Instant occurredAt() {
        return createdAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
