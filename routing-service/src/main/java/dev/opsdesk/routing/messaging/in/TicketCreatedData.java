package dev.opsdesk.routing.messaging.in;

import java.time.Instant;
import java.util.UUID;

/** This service's own reading of {@code ticket.created} (event-contracts/schemas/ticket.created.json). */
public record TicketCreatedData(UUID ticketId, String tenantId, String channel, String subject, String status,
                                String statusCode, Requester requester, String store, Instant createdAt) {

    public record Requester(String email) {
    }

    public String requesterEmail() {
        return requester == null ? null : requester.email();
    }

    void requireComplete(UUID eventId) {
        if (ticketId == null || tenantId == null || tenantId.isBlank() || channel == null || createdAt == null) {
            throw new PoisonEventException("ticket.created " + eventId
                    + " lacks one of ticketId, tenantId, channel, createdAt");
        }
    }
}
