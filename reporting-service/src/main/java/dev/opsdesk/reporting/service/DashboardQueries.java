package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.BusinessCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The ops dashboard's own queries. Each reads an index range of a small table or a rollup, never
 * raw work logs (their p95 at 10 M work logs is in the README).
 */
public class DashboardQueries extends Reads {

    public DashboardQueries(DataSource dataSource) {
        super(dataSource);
    }

    /** A queue (the routing group; "(unrouted)" before routing decided): open tickets and their age. */
    public record Queue(String queue, long open, long waiting, Instant oldestCreatedAt, Instant oldestWaitingAt) {
    }

    public List<Queue> queues(String tenantId) {
        return list("select coalesce(group_id, '(unrouted)') q, count(*), count(*) filter (where owner_id is null), "
                        + "min(created_at) oldest, min(created_at) filter (where owner_id is null) oldest_waiting "
                        + "from reported_ticket where tenant_id = ? and is_open group by 1 order by 2 desc, 1 limit 30",
                rs -> new Queue(rs.getString(1), rs.getLong(2), rs.getLong(3), Sql.instant(rs, "oldest"),
                        Sql.instant(rs, "oldest_waiting")), tenantId);
    }

    public record LatestTicket(UUID ticketId, String subject, String channel, String statusCategory,
                               Instant createdAt) {
    }

    public List<LatestTicket> latestTickets(String tenantId, int limit) {
        return list("select ticket_id, subject, channel, status_category, created_at from reported_ticket "
                        + "where tenant_id = ? and created_at is not null order by created_at desc, ticket_id limit ?",
                rs -> new LatestTicket(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        Sql.instant(rs, "created_at")), tenantId, limit);
    }

    public long createdSince(String tenantId, Instant since) {
        return one("select count(*) from reported_ticket where tenant_id = ? and created_at >= ?",
                rs -> rs.getLong(1), tenantId, since);
    }

    public record Alert(UUID alertId, String queue, String kind, String pattern, BigDecimal threshold,
                        BigDecimal observed, int tickets, String recipientRole, Instant firstDetectedAt,
                        Instant detectedAt, String acknowledgedBy, Instant acknowledgedAt) {
    }

    /** Spike alerts last detected in [from, to), unacknowledged first, newest first. */
    public List<Alert> alerts(String tenantId, Instant from, Instant to) {
        return list("select a.alert_id, a.queue, a.kind, a.pattern, a.threshold, a.observed, a.ticket_count, "
                        + "a.recipient_role, a.first_detected_at, a.detected_at, k.acknowledged_by, k.acknowledged_at "
                        + "from queue_alert a left join alert_ack k on k.alert_id = a.alert_id "
                        + "where a.tenant_id = ? and a.detected_at >= ? and a.detected_at < ? "
                        + "order by k.acknowledged_at is not null, a.detected_at desc, a.alert_id limit 20",
                rs -> new Alert(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getInt(7), rs.getString(8),
                        Sql.instant(rs, "first_detected_at"), Sql.instant(rs, "detected_at"), rs.getString(11),
                        Sql.instant(rs, "acknowledged_at")), tenantId, from, to);
    }

    /** Today's productivity per agent, from the agent-day rollup. */
    public List<WorkReports.ProductivityRow> productivityOn(String tenantId, LocalDate day) {
        return list("select agent_id, activities, standard_seconds, actual_seconds from agent_day "
                        + "where tenant_id = ? and work_day = ? order by agent_id limit 50",
                rs -> new WorkReports.ProductivityRow(rs.getString(1), day, rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), ratio(rs.getLong(3), rs.getLong(4))), tenantId, day);
    }

    /** The start of the tenant's current day. */
    public static Instant startOfToday(BusinessCalendar calendar, Instant now) {
        return calendar.startOf(calendar.dayOf(now));
    }
}
