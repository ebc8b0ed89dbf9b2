package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.message-added} (event-contracts/schemas/ticket.message-added.json). */
public record MessageAddedData(UUID ticketId, String tenantId, UUID messageId, UUID originTicketId, String authorType,
                               String authorId, String visibility, String body, Instant createdAt)
        implements TicketEventData {

    @Override
    public Instant occurredAt() {
        return createdAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.message-added", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "messageId", messageId, "authorType", authorType, "visibility", visibility, "body", body,
                "createdAt", createdAt);
    }
}
