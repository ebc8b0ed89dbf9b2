package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code ticket.merged} (event-contracts/schemas/ticket.merged.json); ticketId is the target. */
public record TicketMergedData(UUID ticketId, String tenantId, UUID mergeId, List<UUID> sourceTicketIds,
                               String mergedBy, Instant mergedAt) implements TicketEventData {

    @Override
    public Instant occurredAt() {
        return mergedAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.merged", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "sourceTicketIds", sourceTicketIds == null || sourceTicketIds.isEmpty() ? null : sourceTicketIds,
                "mergedAt", mergedAt);
    }
}
