package dev.opsdesk.routing.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Serialises a tenant's routing writes (consumer, API, scheduler, every replica) with a
 * transaction-scoped PostgreSQL advisory lock, so two decisions never both take an agent's last
 * free slot: capacity is never exceeded.
 */
@ApplicationScoped
public class TenantLock {

    private static final int NAMESPACE = 0x726f75; // "rou"

    private final EntityManager em;

    TenantLock(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String tenantId) {
        em.createNativeQuery("select pg_advisory_xact_lock(?1, hashtext(?2))")
                .setParameter(1, NAMESPACE)
                .setParameter(2, tenantId)
                .getSingleResult();
    }
}
