package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code ticket.classified} (event-contracts/schemas/ticket.classified.json): TYPE, order, topics. */
public record TicketClassifiedData(UUID ticketId, String tenantId, List<String> topics, String orderId, String sku,
                                   Boolean noOrder, String type, String actor, Instant classifiedAt)
        implements TicketEventData {

    @Override
    public Instant occurredAt() {
        return classifiedAt;
    }

    @Override
    public void requireComplete(UUID eventId) {
        TicketEventData.require("ticket.classified", eventId, "ticketId", ticketId, "tenantId", tenantId,
                "classifiedAt", classifiedAt);
    }
}
