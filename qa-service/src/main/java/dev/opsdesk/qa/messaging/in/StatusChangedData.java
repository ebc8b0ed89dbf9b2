package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.status-changed} (event-contracts/schemas/ticket.status-changed.json). */
public record StatusChangedData(UUID ticketId, String tenantId, Status from, Status to, String actor,
                                Instant changedAt) implements TicketEventData {

    public record Status(String code, String category) {
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.status-changed", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "to", to, "changedAt", changedAt);
        TicketEventData.require("ticket.status-changed", eventId, "to.code", to.code(), "to.category", to.category());
    }
}
