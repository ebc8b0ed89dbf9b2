package dev.opsdesk.qa.messaging.in;

import java.time.Instant;
import java.util.UUID;

/** This service's own reading of the ticket events it uses (tolerant reader: unknown fields are ignored). */
public interface TicketEventData {

    UUID ticketId();

    String tenantId();

    Instant occurredAt();

    /** The fields this consumer cannot do without; a record without them is poison. */
    void requireComplete(UUID eventId);

    static void require(String type, UUID eventId, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value instanceof String s && s.isBlank()) {
                throw new PoisonEventException(type + " " + eventId + " lacks " + namesAndValues[i]);
            }
        }
    }
}
