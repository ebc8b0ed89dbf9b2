package dev.opsdesk.ticket.domain.worklog;

import dev.opsdesk.ticket.domain.ActivityLogged;
import dev.opsdesk.ticket.domain.Actor;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One logged activity (DOMAIN.md §2.2 TaskLog): exactly one task category, its standard minutes
 * (the category's AHT) and, next to them, the actual seconds (A39). {@code ticketId} is null for
 * work without a ticket, e.g. Spam Checking.
 */
@Entity
@Table(name = "work_log")
public class WorkLog extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "agent_id", nullable = false)
    public String agentId;

    @Column(name = "task_category", nullable = false)
    public String taskCategory;

    @Column(name = "category_row", nullable = false)
    public int categoryRow;

    @Column(name = "standard_minutes", nullable = false)
    public int standardMinutes;

    @Column(name = "actual_seconds", nullable = false)
    public int actualSeconds;

    public String channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "call_outcome")
    public CallOutcome callOutcome;

    @Column(name = "ebay_case_id")
    public String ebayCaseId;

    @Column(name = "sub_category")
    public String subCategory;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;

    /**
     * R1–R10: logs {@code item} if the tenant's rules allow it. {@code caseId} is the eBay case the work
     * belongs to ({@link #ebayCaseFor}) and {@code history} what was logged for that case before.
     */
    public static Ticket.Change<WorkLog> record(TenantTemplate rules, String tenantId, Ticket ticket, WorkItem item,
                                                String caseId, EbayCaseHistory history, Actor agent, Instant now) {
        WorkLogRules.Decision decision = WorkLogRules.check(rules, ticket, item, caseId, history);
        WorkLog log = new WorkLog();
        log.id = UUID.randomUUID();
        log.tenantId = tenantId;
        log.ticketId = ticket == null ? null : ticket.id;
        log.agentId = agent.id();
        log.taskCategory = decision.category().label();
        log.categoryRow = decision.category().row();
        log.standardMinutes = decision.category().ahtMinutes();
        log.actualSeconds = item.durationSeconds();
        log.channel = decision.channel() == null ? null : decision.channel().code();
        log.callOutcome = item.callOutcome();
        log.ebayCaseId = caseId;
        log.subCategory = decision.subCategory();
        log.loggedAt = now;
        return new Ticket.Change<>(log, List.of(new ActivityLogged(UUID.randomUUID(), log.id, log.ticketId, tenantId,
                log.agentId, log.taskCategory, log.categoryRow, log.standardMinutes, log.actualSeconds, log.channel,
                decision.channel() == null ? null : decision.channel().kind(), log.callOutcome, log.ebayCaseId,
                log.subCategory, now)));
    }

    /** R6–R8: the eBay case a work item belongs to: the one it names, else the one its ticket was logged with. */
    public static String ebayCaseFor(Ticket ticket, WorkItem item) {
        if (item.ebayCaseId() != null || ticket == null) {
            return item.ebayCaseId();
        }
        return find("ticketId = ?1 and ebayCaseId is not null order by loggedAt desc, id", ticket.id)
                .<WorkLog>firstResultOptional().map(w -> w.ebayCaseId).orElse(null);
    }

    public static EbayCaseHistory historyOf(String tenantId, String caseId) {
        return find("tenantId = ?1 and ebayCaseId = ?2 and taskCategory = ?3 order by loggedAt, id", tenantId, caseId,
                TaskCatalogue.ESCALATED_CASES)
                .<WorkLog>firstResultOptional()
                .map(w -> new EbayCaseHistory(true, w.ticketId))
                .orElse(EbayCaseHistory.NONE);
    }

    public static List<WorkLog> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by loggedAt, id", ticketId);
    }
}
