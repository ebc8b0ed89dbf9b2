package dev.opsdesk.ticket.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Data of {@code ticket.classified}: topics and order references changed (§6.1, §6.2). */
public record TicketClassified(UUID eventId, UUID ticketId, String tenantId, List<String> topics, String orderId,
                               String shipmentId, String sku, boolean noOrder, String type, Priority priority,
                               String actor, Instant classifiedAt)
        implements TicketEvent {

    public static final String TYPE = "ticket.classified";

    @Override
    public Instant occurredAt() {
        return classifiedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
