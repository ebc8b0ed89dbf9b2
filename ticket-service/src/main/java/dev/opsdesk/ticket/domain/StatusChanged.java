package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import java.time.Instant;
import java.util.UUID;

/** Data of {@code ticket.status-changed} (event-contracts/schemas/ticket.status-changed.json). */
public record StatusChanged(
        UUID eventId,
        UUID ticketId,
        String tenantId,
        Status from,
        Status to,
        String actor,
        String reason,
        Instant reminderDueAt,
        Instant changedAt) implements TicketEvent {

    public static final String TYPE = "ticket.status-changed";

    public record Status(String code, StatusCategory category) {
    }

    @Override
    public Instant occurredAt() {
        return changedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
