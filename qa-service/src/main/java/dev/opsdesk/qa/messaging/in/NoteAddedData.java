package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/** {@code ticket.note-added} (event-contracts/schemas/ticket.note-added.json). */
public record NoteAddedData(UUID ticketId, String tenantId, UUID noteId, String templateId,
                            LinkedHashMap<String, String> fields, List<String> warnings, String authorId,
                            Instant createdAt) implements TicketEventData {

    @Override
    public Instant occurredAt() {
        return createdAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.note-added", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "noteId", noteId, "templateId", templateId, "fields", fields, "createdAt", createdAt);
    }
}
