package dev.opsdesk.ticket.intake.service;

import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.CustomerSilent;
import dev.opsdesk.ticket.domain.MessageAdded;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketResolved;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import dev.opsdesk.ticket.messaging.out.TicketEventsRecorded;
import dev.opsdesk.ticket.service.TenantService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A18: customer-silence timers. A public staff message on a live chat arms the ticket's timer for
 * the tenant's {@code chatCustomerSilenceTimeoutS} (Zalora 120 s, Ozon 90 s; none for tenants
 * without it); the customer's next public message or closing the ticket disarms it. When a timer is
 * due, {@code ticket.customer-silent} is emitted once through the outbox.
 */
@ApplicationScoped
public class CustomerSilenceWatch {

    private final TenantService tenants;
    private final OutboxWriter outbox;
    private final EntityManager em;

    CustomerSilenceWatch(TenantService tenants, OutboxWriter outbox, EntityManager em) {
        this.tenants = tenants;
        this.outbox = outbox;
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onRecorded(@Observes TicketEventsRecorded recorded) {
        for (var event : recorded.events()) {
            if (event instanceof MessageAdded added && added.visibility() == Visibility.PUBLIC) {
                if (added.authorType() == AuthorType.STAFF) {
                    arm(added.tenantId(), added.ticketId(), added.createdAt());
                } else if (added.authorType() == AuthorType.CUSTOMER) {
                    disarm(added.ticketId());
                }
            } else if (event instanceof TicketResolved resolved) {
                disarm(resolved.ticketId());
            }
        }
    }

    private void arm(String tenantId, UUID ticketId, Instant staffWroteAt) {
        TenantTemplate rules = tenants.rules(tenantId);
        Integer timeout = rules.timers() == null ? null : rules.timers().chatCustomerSilenceTimeoutS();
        Ticket ticket = Ticket.findById(ticketId);
        boolean liveChat = ticket != null && rules.channel(ticket.channel)
                .map(c -> c.kind() == TenantTemplate.ChannelKind.LIVE_CHAT).orElse(false);
        if (timeout == null || timeout <= 0 || !liveChat) {
            return;
        }
        em.createNativeQuery("""
                        insert into chat_silence_timer (ticket_id, tenant_id, last_staff_at, timeout_s, due_at, emitted_at)
                        values (?1, ?2, ?3, ?4, ?5, null)
                        on conflict (ticket_id) do update set last_staff_at = excluded.last_staff_at,
                            timeout_s = excluded.timeout_s, due_at = excluded.due_at, emitted_at = null""")
                .setParameter(1, ticketId).setParameter(2, tenantId).setParameter(3, staffWroteAt)
                .setParameter(4, timeout).setParameter(5, staffWroteAt.plusSeconds(timeout)).executeUpdate();
    }

    private void disarm(UUID ticketId) {
        em.createNativeQuery("delete from chat_silence_timer where ticket_id = ?1").setParameter(1, ticketId)
                .executeUpdate();
    }

    /** Emits {@code ticket.customer-silent} for every timer due at {@code now}; returns how many. */
    @Transactional
    public int emitDue(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                        select ticket_id, tenant_id, last_staff_at, timeout_s from chat_silence_timer
                        where emitted_at is null and due_at <= ?1 order by due_at limit 200 for update skip locked""")
                .setParameter(1, now).getResultList();
        int emitted = 0;
        for (Object[] row : due) {
            UUID ticketId = (UUID) row[0];
            Ticket ticket = Ticket.findById(ticketId);
            em.createNativeQuery("update chat_silence_timer set emitted_at = ?2 where ticket_id = ?1")
                    .setParameter(1, ticketId).setParameter(2, now).executeUpdate();
            if (ticket == null || ticket.closedAt != null || ticket.mergedInto != null) {
                continue;
            }
            Instant lastStaff = toInstant(row[2]);
            outbox.append(List.of(new CustomerSilent(UUID.randomUUID(), ticketId, (String) row[1], ticket.channel,
                    lastStaff, ((Number) row[3]).intValue(), Duration.between(lastStaff, now).toSeconds(), now)));
            emitted++;
        }
        return emitted;
    }

    private static Instant toInstant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : value instanceof Instant i ? i
                : ((java.time.OffsetDateTime) value).toInstant();
    }
}
