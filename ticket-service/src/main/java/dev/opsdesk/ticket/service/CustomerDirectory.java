package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.Conflict;
import dev.opsdesk.ticket.domain.Requester;
import dev.opsdesk.ticket.domain.customer.Customer;
import dev.opsdesk.ticket.domain.customer.CustomerAudit;
import dev.opsdesk.ticket.domain.customer.CustomerIdentity;
import dev.opsdesk.ticket.domain.customer.Identity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds customers by identity and keeps identities unique under concurrency: whoever checks an
 * identity and then writes it holds a transaction-scoped advisory lock on it first, so two requests
 * with the same new address cannot both create a customer. Lock order everywhere: identity locks
 * (sorted), then customer rows.
 */
@ApplicationScoped
public class CustomerDirectory {

    /** First half of the two-int advisory key; the relay's single bigint key lives in another key space. */
    private static final int IDENTITY_LOCKS = 0x63757374; // "cust"

    private final EntityManager em;

    CustomerDirectory(EntityManager em) {
        this.em = em;
    }

    /** A44: the customer a ticket's requester is; a new customer when the address is unknown. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID customerForRequester(String tenantId, String requesterEmail, Instant now) {
        return customerForRequester(tenantId, Requester.ofEmail(requesterEmail), now);
    }

    /**
     * A44: the customer found by the requester's first known identity (e-mail, phone, social), which
     * also gets the requester's identities no one has yet; a new customer with all of them otherwise.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID customerForRequester(String tenantId, Requester requester, Instant now) {
        List<Identity> identities = requester.normalised().identities();
        lock(tenantId, identities);
        Optional<UUID> known = identities.stream()
                .map(identity -> CustomerIdentity.find(tenantId, identity))
                .flatMap(Optional::stream)
                .findFirst()
                .map(identity -> survivor(tenantId, identity.customerId));
        if (known.isPresent()) {
            Customer customer = Customer.findInTenant(tenantId, known.get()).orElseThrow();
            identities.stream().filter(identity -> CustomerIdentity.find(tenantId, identity).isEmpty())
                    .forEach(identity -> customer.identify(identity, now).persist());
            return customer.id;
        }
        Customer customer = Customer.register(tenantId, requester.normalised().name(), false, now);
        customer.persistAndFlush();
        identities.forEach(identity -> customer.identify(identity, now).persist());
        CustomerAudit.of(customer, Actor.SYSTEM, "created", null, identities.get(0).value(),
                "first ticket from this " + identities.get(0).kind().name().toLowerCase(java.util.Locale.ROOT), now)
                .persist();
        return customer.id;
    }

    /** Holds the identities' locks until the transaction ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lock(String tenantId, Collection<Identity> identities) {
        identities.stream()
                .map(i -> tenantId + "/" + i.kind() + "/" + i.value())
                .distinct()
                .sorted(Comparator.naturalOrder())
                .forEach(key -> em.createNativeQuery("select 1 from pg_advisory_xact_lock(?1, hashtext(?2))")
                        .setParameter(1, IDENTITY_LOCKS)
                        .setParameter(2, key)
                        .getSingleResult());
    }

    /** Writes pending rows now; a unique identity taken meanwhile by another customer is a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new Conflict("One of these identities was just given to another customer; look it up and retry");
            }
            throw e;
        }
    }

    /**
     * The live customer behind {@code id}, row share-locked so that a merge running at the same time
     * either finishes first (and we follow it) or waits until our ticket is stored (and moves it).
     */
    private static UUID survivor(String tenantId, UUID id) {
        Customer customer = Customer.findInTenant(tenantId, id, LockModeType.PESSIMISTIC_READ).orElseThrow();
        while (customer.mergedInto != null) {
            customer = Customer.findInTenant(tenantId, customer.mergedInto, LockModeType.PESSIMISTIC_READ).orElseThrow();
        }
        return customer.id;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
