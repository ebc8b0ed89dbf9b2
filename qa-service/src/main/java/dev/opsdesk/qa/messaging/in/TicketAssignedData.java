package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.UUID;

/** {@code ticket.assigned} (event-contracts/schemas/ticket.assigned.json): the agent an interaction belongs to. */
public record TicketAssignedData(UUID ticketId, String tenantId, String ownerAfter, String actor, Instant assignedAt)
        implements TicketEventData {

    @Override
    public Instant occurredAt() {
        return assignedAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.assigned", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "assignedAt", assignedAt);
    }
}
