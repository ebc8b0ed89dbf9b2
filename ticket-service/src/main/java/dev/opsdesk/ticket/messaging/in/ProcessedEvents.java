package dev.opsdesk.ticket.messaging.in;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/** The consumer's memory of events already applied, written in the same transaction as the effect. */
@ApplicationScoped
public class ProcessedEvents {

    private final EntityManager em;

    ProcessedEvents(EntityManager em) {
        this.em = em;
    }

    /** True the first time an event id is seen; false for a redelivery, whose effect must be skipped. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String eventType) {
        return em.createNativeQuery("""
                        insert into processed_event (event_id, event_type, processed_at)
                        values (?1, ?2, now()) on conflict (event_id) do nothing""")
                .setParameter(1, eventId)
                .setParameter(2, eventType)
                .executeUpdate() == 1;
    }
}
