package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Data of {@code ticket.customer-silent} (event-contracts/schemas/ticket.customer-silent.json): A18,
 * the customer has not answered a chat for the tenant's {@code chatCustomerSilenceTimeoutS} since
 * staff's last public message. Close prompts, resolution suggestions (R99, R107) and QA (R82) use it.
 */
public record CustomerSilent(
        UUID eventId,
        UUID ticketId,
        String tenantId,
        String channel,
        Instant lastStaffMessageAt,
        int timeoutSeconds,
        long silentForSeconds,
        Instant detectedAt) implements TicketEvent {

    public static final String TYPE = "ticket.customer-silent";

    @Override
    public Instant occurredAt() {
        return detectedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
