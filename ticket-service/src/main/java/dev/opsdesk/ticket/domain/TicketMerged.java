package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code ticket.merged}: sources absorbed into the target (key = target id). */
public record TicketMerged(UUID eventId, UUID ticketId, String tenantId, UUID mergeId, List<UUID> sourceTicketIds,
                           String statusBefore, String statusAfter, String ownerBefore, String ownerAfter,
                           String rule, String mergedBy, Instant mergedAt) implements TicketEvent {

    public static final String TYPE = "ticket.merged";

    @Override
    public Instant occurredAt() {
        return mergedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
