package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.customer.CustomerIdentity;
import dev.opsdesk.ticket.domain.customer.IdentityKind;
import dev.opsdesk.ticket.intake.domain.mail.ThreadToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The threading facts intake keeps: Message-IDs of every mail of a ticket (ours and the
 * customer's), the ticket token, the participants who may continue a ticket by token, and the
 * "possibly related" links a stranger's token leaves.
 */
@ApplicationScoped
public class MailThreads {

    private static final int[] TOKEN_LENGTHS = {8, 12, 16, 32};

    private final EntityManager em;

    MailThreads(EntityManager em) {
        this.em = em;
    }

    /** The live ticket (merges followed) the first known Message-ID of {@code ids} belongs to. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> ticketByMessageId(String tenantId, List<String> ids, boolean ours) {
        for (String id : ids) {
            List<?> rows = em.createNativeQuery(
                            "select ticket_id from mail_message_ref where tenant_id = ?1 and message_id = ?2 and ours = ?3")
                    .setParameter(1, tenantId).setParameter(2, id).setParameter(3, ours).getResultList();
            if (!rows.isEmpty()) {
                return live(tenantId, (UUID) rows.get(0));
            }
        }
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String tenantId, String messageId, UUID ticketId, boolean ours, Instant now) {
        if (messageId == null) {
            return;
        }
        em.createNativeQuery("""
                        insert into mail_message_ref (tenant_id, message_id, ticket_id, ours, created_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, tenantId).setParameter(2, messageId).setParameter(3, ticketId).setParameter(4, ours)
                .setParameter(5, now).executeUpdate();
    }

    /** The Message-IDs of the ticket's mails, oldest first (for References). */
    @Transactional(Transactional.TxType.MANDATORY)
    @SuppressWarnings("unchecked")
    public List<String> messageIds(UUID ticketId) {
        return em.createNativeQuery(
                        "select message_id from mail_message_ref where ticket_id = ?1 order by created_at, message_id")
                .setParameter(1, ticketId).getResultList();
    }

    /** The latest Message-ID the ticket received from outside (what a reply answers). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> lastInbound(UUID ticketId) {
        List<?> rows = em.createNativeQuery("""
                        select message_id from mail_message_ref where ticket_id = ?1 and not ours
                        order by created_at desc limit 1""")
                .setParameter(1, ticketId).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** The ticket's token, created on first use (lengthened when a shorter one is taken). */
    @Transactional(Transactional.TxType.MANDATORY)
    public String tokenOf(String tenantId, UUID ticketId) {
        for (int length : TOKEN_LENGTHS) {
            em.createNativeQuery("""
                            insert into mail_ticket_token (ticket_id, tenant_id, token) values (?1, ?2, ?3)
                            on conflict do nothing""")
                    .setParameter(1, ticketId).setParameter(2, tenantId).setParameter(3, ThreadToken.of(ticketId, length))
                    .executeUpdate();
            List<?> rows = em.createNativeQuery("select token from mail_ticket_token where ticket_id = ?1")
                    .setParameter(1, ticketId).getResultList();
            if (!rows.isEmpty()) {
                return (String) rows.get(0);
            }
        }
        throw new IllegalStateException("no free token for ticket " + ticketId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> ticketByToken(String tenantId, String token) {
        List<?> rows = em.createNativeQuery("select ticket_id from mail_ticket_token where tenant_id = ?1 and token = ?2")
                .setParameter(1, tenantId).setParameter(2, token).getResultList();
        return rows.isEmpty() ? Optional.empty() : live(tenantId, (UUID) rows.get(0));
    }

    /** The requester (by ticket or customer e-mail) and everyone on the ticket's mail thread. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean isParticipant(UUID ticketId, String address) {
        Ticket ticket = Ticket.findById(ticketId);
        String normalised = address.toLowerCase(Locale.ROOT);
        if (ticket == null) {
            return false;
        }
        if (normalised.equals(ticket.requesterEmail)) {
            return true;
        }
        boolean customerAddress = ticket.customerId != null && CustomerIdentity.of(ticket.customerId).stream()
                .anyMatch(i -> i.kind == IdentityKind.EMAIL && i.value.equals(normalised));
        return customerAddress || !em.createNativeQuery(
                        "select 1 from mail_participant where ticket_id = ?1 and address = ?2")
                .setParameter(1, ticketId).setParameter(2, normalised).getResultList().isEmpty();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void addParticipants(UUID ticketId, Collection<String> addresses) {
        addresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).distinct().forEach(address ->
                em.createNativeQuery("insert into mail_participant (ticket_id, address) values (?1, ?2) on conflict do nothing")
                        .setParameter(1, ticketId).setParameter(2, address).executeUpdate());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void linkPossiblyRelated(String tenantId, UUID ticketId, UUID relatedId, String reason, Instant now) {
        em.createNativeQuery("""
                        insert into ticket_possibly_related (ticket_id, related_ticket_id, tenant_id, reason, created_at)
                        values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                .setParameter(1, ticketId).setParameter(2, relatedId).setParameter(3, tenantId).setParameter(4, reason)
                .setParameter(5, now).executeUpdate();
    }

    /** Tickets linked to {@code ticketId} as possibly related, in either direction, with why. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<Object[]> possiblyRelated(String tenantId, UUID ticketId) {
        return em.createNativeQuery("""
                        select related_ticket_id, reason, created_at from ticket_possibly_related
                        where tenant_id = ?1 and ticket_id = ?2
                        union all
                        select ticket_id, reason, created_at from ticket_possibly_related
                        where tenant_id = ?1 and related_ticket_id = ?2
                        order by 3""")
                .setParameter(1, tenantId).setParameter(2, ticketId).getResultList();
    }

    private static Optional<UUID> live(String tenantId, UUID ticketId) {
        Optional<Ticket> ticket = Ticket.findInTenant(tenantId, ticketId);
        for (int hops = 0; ticket.isPresent() && ticket.get().mergedInto != null && hops < 20; hops++) {
            ticket = Ticket.findInTenant(tenantId, ticket.get().mergedInto);
        }
        return ticket.map(t -> t.id);
    }
}
