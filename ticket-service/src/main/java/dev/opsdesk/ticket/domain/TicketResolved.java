package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Data of {@code ticket.resolved}: the ticket was closed (or escalated) with a resolution (§6). */
public record TicketResolved(UUID eventId, UUID ticketId, String tenantId, String resolution,
                             Map<String, String> resolutionLabels, StatusCategory category, String status,
                             List<String> topics, String orderId, String shipmentId, String escalatedTo,
                             UUID duplicateOf, String comment, boolean replied, String actor, Instant resolvedAt)
        implements TicketEvent {

    public static final String TYPE = "ticket.resolved";

    @Override
    public Instant occurredAt() {
        return resolvedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
