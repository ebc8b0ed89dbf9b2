package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.alert.QueueAlert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The tickets an alert lists, in the order they joined it. */
@ApplicationScoped
public class AlertTickets {

    private final EntityManager em;

    AlertTickets(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    /** Lists the tickets under the alert; answers how many were not listed before. */
    public int add(QueueAlert alert, Collection<UUID> tickets) {
        em.flush(); // a new alert's row must exist before its tickets reference it
        int added = 0;
        for (UUID ticket : tickets) {
            added += em.createNativeQuery("insert into queue_alert_ticket (alert_id, ticket_id) values (?1, ?2)"
                            + " on conflict do nothing")
                    .setParameter(1, alert.alertId).setParameter(2, ticket).executeUpdate();
        }
        return added;
    }

    public long count(QueueAlert alert) {
        return ((Number) em.createNativeQuery("select count(*) from queue_alert_ticket where alert_id = ?1")
                .setParameter(1, alert.alertId).getSingleResult()).longValue();
    }

    @SuppressWarnings("unchecked")
    public List<UUID> of(QueueAlert alert) {
        return of(alert, Integer.MAX_VALUE);
    }

    @SuppressWarnings("unchecked")
    public List<UUID> of(QueueAlert alert, int limit) {
        return em.createNativeQuery("select ticket_id from queue_alert_ticket where alert_id = ?1 order by position",
                UUID.class).setParameter(1, alert.alertId).setMaxResults(limit).getResultList();
    }
}
