package dev.opsdesk.ticket.intake;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;

/** Counts events the service wrote to its outbox (what the relay publishes). */
final class OutboxQueries {

    private OutboxQueries() {
    }

    static long count(String ticketId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) CDI.current().select(EntityManager.class).get()
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 and event_type = ?2")
                .setParameter(1, UUID.fromString(ticketId)).setParameter(2, type).getSingleResult()).longValue());
    }
}
