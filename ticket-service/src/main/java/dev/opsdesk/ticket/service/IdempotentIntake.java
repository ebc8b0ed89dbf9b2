package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.Conflict;
import dev.opsdesk.ticket.domain.NewTicket;
import dev.opsdesk.ticket.domain.Ticket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;

/**
 * Intake with an {@code Idempotency-Key}: the first request claims the key for the ticket it
 * creates, in the same transaction; a retry with the same key and body gets that ticket back, a
 * reuse of the key with another body is refused. A concurrent retry waits on the claim's row lock.
 */
@ApplicationScoped
public class IdempotentIntake {

    private final TicketService tickets;
    private final EntityManager em;
    private final Clock clock;

    IdempotentIntake(TicketService tickets, EntityManager em, Clock clock) {
        this.tickets = tickets;
        this.em = em;
        this.clock = clock;
    }

    /** The ticket and whether it was created by an earlier request with the same key. */
    public record Result(Ticket ticket, boolean replayed) {
    }

    @Transactional
    public Result open(String tenantId, NewTicket request, String key, String requestHash) {
        if (key == null) {
            return new Result(tickets.open(tenantId, request), false);
        }
        UUID id = UUID.randomUUID();
        int claimed = em.createNativeQuery("""
                        insert into idempotency_key (tenant_id, key, request_hash, ticket_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict (tenant_id, key) do nothing""")
                .setParameter(1, tenantId).setParameter(2, key).setParameter(3, requestHash).setParameter(4, id)
                .setParameter(5, clock.instant())
                .executeUpdate();
        if (claimed == 1) {
            return new Result(tickets.open(tenantId, request.withId(id)), false);
        }
        Object[] earlier = (Object[]) em.createNativeQuery(
                        "select request_hash, ticket_id from idempotency_key where tenant_id = ?1 and key = ?2")
                .setParameter(1, tenantId).setParameter(2, key).getSingleResult();
        if (!requestHash.equals(earlier[0])) {
            throw new Conflict("Idempotency-Key '" + key + "' was already used for a different request");
        }
        return new Result(tickets.get(tenantId, (UUID) earlier[1]), true);
    }
}
