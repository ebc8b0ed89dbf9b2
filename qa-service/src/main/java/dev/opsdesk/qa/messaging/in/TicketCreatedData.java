package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code ticket.created} (event-contracts/schemas/ticket.created.json). {@code requester.name} is
 * optional: producers that do not send it yet leave the greeting-by-name checks without a name.
 */
public record TicketCreatedData(UUID ticketId, String tenantId, String channel, String subject, String status,
                                String store, Requester requester, UUID customerId, Instant createdAt)
        implements TicketEventData {

    public record Requester(String email, String name, String phone, String social) {
    }

    @Override
    public Instant occurredAt() {
        return createdAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.created", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "channel", channel, "createdAt", createdAt);
    }
}
