package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.MessageAdded;
import dev.opsdesk.ticket.domain.NewTicket;
import dev.opsdesk.ticket.domain.Requester;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.intake.domain.MatchReason;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What chat and Messenger intake share: a provider's conversation belongs to one open ticket (a new
 * one once that ticket is closed or merged away), and a provider's message id is taken once —
 * a replayed webhook adds nothing.
 */
@ApplicationScoped
public class ChatConversations {

    private final TicketService tickets;
    private final OutboxWriter outbox;
    private final EntityManager em;

    ChatConversations(TicketService tickets, OutboxWriter outbox, EntityManager em) {
        this.tickets = tickets;
        this.outbox = outbox;
        this.em = em;
    }

    /** The ticket a conversation continues, and why. */
    public record Attached(Ticket ticket, MatchReason reason) {
    }

    /** Claims a provider message id; false when it was taken before (a replay). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String tenantId, String provider, String externalId, Instant now) {
        return em.createNativeQuery("""
                        insert into chat_message_seen (tenant_id, provider, external_id, seen_at) values (?1, ?2, ?3, ?4)
                        on conflict do nothing""")
                .setParameter(1, tenantId).setParameter(2, provider).setParameter(3, externalId).setParameter(4, now)
                .executeUpdate() == 1;
    }

    /** The conversation's open ticket, or a new ticket on {@code channel} for the requester. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Attached ticketFor(String tenantId, String provider, String conversationId, String channel, String subject,
                              Requester requester, MatchReason continued, Instant now) {
        // one writer per conversation at a time, so two webhooks cannot both open a ticket for it
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "chat/" + tenantId + "/" + provider + "/" + conversationId).getSingleResult();
        Optional<Ticket> open = current(tenantId, provider, conversationId)
                .filter(t -> t.closedAt == null && t.mergedInto == null);
        if (open.isPresent()) {
            return new Attached(open.get(), continued);
        }
        Ticket ticket = tickets.open(tenantId, new NewTicket(null, channel, subject, requester, null, null, null));
        em.createNativeQuery("""
                        insert into chat_conversation (tenant_id, provider, conversation_id, ticket_id, created_at)
                        values (?1, ?2, ?3, ?4, ?5)
                        on conflict (tenant_id, provider, conversation_id) do update set ticket_id = excluded.ticket_id""")
                .setParameter(1, tenantId).setParameter(2, provider).setParameter(3, conversationId)
                .setParameter(4, ticket.id).setParameter(5, now).executeUpdate();
        return new Attached(ticket, MatchReason.NEW_TICKET);
    }

    /** Adds one chat line with its match reason; the silence timers follow from its event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public TicketMessage add(Attached attached, AuthorType author, String authorId, String text, Instant now) {
        Ticket.Change<TicketMessage> added = attached.ticket().addMessage(author, authorId, Visibility.PUBLIC, text, now);
        TicketMessage message = added.result();
        message.matchReason = attached.reason().name();
        message.persist();
        outbox.append(added.events().stream()
                .map(e -> e instanceof MessageAdded m ? m.withIntake(attached.reason().name(), List.of()) : e)
                .toList());
        return message;
    }

    private Optional<Ticket> current(String tenantId, String provider, String conversationId) {
        List<?> rows = em.createNativeQuery("""
                        select ticket_id from chat_conversation
                        where tenant_id = ?1 and provider = ?2 and conversation_id = ?3""")
                .setParameter(1, tenantId).setParameter(2, provider).setParameter(3, conversationId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Ticket.findInTenant(tenantId, (UUID) rows.get(0));
    }
}
