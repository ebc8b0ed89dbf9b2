package dev.opsdesk.reporting.messaging.in;

import java.util.UUID;

/** This service's reading of one event's data: the fields it uses, checked before they are applied. */
public interface EventData {

    String tenantId();

    /** Throws {@link PoisonEventException} when a field this service needs is missing. */
    void requireComplete(UUID eventId);

    static void require(UUID eventId, String type, Object... namesAndValues) {
        StringBuilder missing = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            Object value = namesAndValues[i + 1];
            if (value == null || value instanceof String s && s.isBlank()) {
                missing.append(missing.isEmpty() ? "" : ", ").append(namesAndValues[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new PoisonEventException(type + " " + eventId + " lacks " + missing);
        }
    }
}
