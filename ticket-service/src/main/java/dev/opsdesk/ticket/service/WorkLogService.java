package dev.opsdesk.ticket.service;

import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.worklog.EbayCaseHistory;
import dev.opsdesk.ticket.domain.worklog.WorkItem;
import dev.opsdesk.ticket.domain.worklog.WorkLog;
import dev.opsdesk.ticket.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** Work logs: each stores the log and its {@code ticket.activity-logged} event in one transaction. */
@ApplicationScoped
public class WorkLogService {

    private final OutboxWriter outbox;
    private final TenantService tenants;
    private final TicketService tickets;
    private final EntityManager em;
    private final Clock clock;

    WorkLogService(OutboxWriter outbox, TenantService tenants, TicketService tickets, EntityManager em, Clock clock) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.tickets = tickets;
        this.em = em;
        this.clock = clock;
    }

    /** R1–R10: logs work on a ticket, or without one when {@code ticketId} is null. */
    @Transactional
    public WorkLog log(String tenantId, UUID ticketId, Actor agent, WorkItem item) {
        Ticket ticket = ticketId == null ? null : tickets.get(tenantId, ticketId);
        String caseId = WorkLog.ebayCaseFor(ticket, item);
        EbayCaseHistory history = EbayCaseHistory.NONE;
        if (caseId != null) {
            lockEbayCase(tenantId, caseId);
            history = WorkLog.historyOf(tenantId, caseId);
        }
        Ticket.Change<WorkLog> logged = WorkLog.record(tenants.rules(tenantId), tenantId, ticket, item, caseId, history,
                agent, now());
        logged.result().persist();
        outbox.append(logged.events());
        return logged.result();
    }

    @Transactional
    public List<WorkLog> ofTicket(String tenantId, UUID ticketId) {
        return WorkLog.ofTicket(tickets.get(tenantId, ticketId).id);
    }

    /** R6, R7: two agents logging the same eBay case at once must not both see it unlogged. */
    private void lockEbayCase(String tenantId, String caseId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "work-log/ebay-case/" + tenantId + "/" + caseId)
                .getSingleResult();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
