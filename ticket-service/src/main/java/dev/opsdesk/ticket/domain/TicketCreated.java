package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate.StatusCategory;
import java.time.Instant;
import java.util.UUID;

/** Data of {@code ticket.created}; its JSON shape is event-contracts/schemas/ticket.created.json. */
public record TicketCreated(
        UUID eventId,
        UUID ticketId,
        String tenantId,
        String channel,
        String subject,
        StatusCategory status,
        String statusCode,
        String store,
        String origin,
        Requester requester,
        UUID customerId,
        Instant createdAt) implements TicketEvent {

    public static final String TYPE = "ticket.created";

    @Override
    public Instant occurredAt() {
        return createdAt;
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** At least one identity; absent ones are left out of the event (schema: anyOf email, phone, social). */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Requester(String email, String name, String phone, String social) {
    }
}
