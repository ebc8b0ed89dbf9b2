package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.resolved} (event-contracts/schemas/ticket.resolved.json). */
public record TicketResolvedData(UUID ticketId, String tenantId, String resolution, String category, String status,
                                 Boolean replied, UUID duplicateOf, String actor, Instant resolvedAt)
        implements TicketEventData {

    @Override
    public Instant occurredAt() {
        return resolvedAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.resolved", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "resolution", resolution, "category", category, "resolvedAt", resolvedAt);
    }
}
