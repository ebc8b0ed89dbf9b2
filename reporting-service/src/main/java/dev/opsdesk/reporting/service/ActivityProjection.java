package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.messaging.in.TicketEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Stores a work log (R1: one task category, its standard minutes and the actual seconds, A39) and
 * adds it to the three rollups in the same transaction, so AHT and productivity never scan raw rows.
 */
@ApplicationScoped
public class ActivityProjection {

    private final EntityManager em;
    private final TenantCalendars calendars;

    ActivityProjection(EntityManager em, TenantCalendars calendars) {
        this.em = em;
        this.calendars = calendars;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void logged(UUID eventId, TicketEvents.ActivityLogged e) {
        LocalDate day = calendars.calendar(e.tenantId()).dayOf(e.loggedAt());
        int inserted = Sql.update(em, """
                        insert into activity (activity_id, tenant_id, agent_id, ticket_id, task_category, category_row,
                            standard_minutes, actual_seconds, channel, channel_kind, logged_at, work_day)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (activity_id) do nothing""",
                e.activityId(), e.tenantId(), e.agentId(), e.ticketId(), e.taskCategory(), e.categoryRow(),
                e.standardMinutes(), e.actualSeconds(), e.channel(), e.channelKind(), e.loggedAt(), day);
        if (inserted == 0) {
            return; // the same work log under another event id: counted once
        }
        long standardSeconds = e.standardMinutes() * 60L;
        long actual = e.actualSeconds();
        Sql.update(em, """
                        insert into agent_day_category as r values (?, ?, ?, ?, ?, 1, ?, ?)
                        on conflict (tenant_id, work_day, agent_id, category_row, task_category) do update set
                            activities = r.activities + 1, standard_seconds = r.standard_seconds + excluded.standard_seconds,
                            actual_seconds = r.actual_seconds + excluded.actual_seconds""",
                e.tenantId(), day, e.agentId(), e.categoryRow(), e.taskCategory(), standardSeconds, actual);
        Sql.update(em, """
                        insert into agent_day as r values (?, ?, ?, 1, ?, ?)
                        on conflict (tenant_id, work_day, agent_id) do update set
                            activities = r.activities + 1, standard_seconds = r.standard_seconds + excluded.standard_seconds,
                            actual_seconds = r.actual_seconds + excluded.actual_seconds""",
                e.tenantId(), day, e.agentId(), standardSeconds, actual);
        Sql.update(em, """
                        insert into tenant_day_category as r values (?, ?, ?, ?, 1, ?, ?)
                        on conflict (tenant_id, work_day, category_row, task_category) do update set
                            activities = r.activities + 1, standard_seconds = r.standard_seconds + excluded.standard_seconds,
                            actual_seconds = r.actual_seconds + excluded.actual_seconds""",
                e.tenantId(), day, e.categoryRow(), e.taskCategory(), standardSeconds, actual);
    }
}
