package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.DayWindow;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/** SLA breaches and timers at risk (routing-service's timers), and the R76 pending-update check. */
@Singleton
public class SlaReports extends Reads {

    private static final int LIST_LIMIT = 50;

    public SlaReports(DataSource dataSource) {
        super(dataSource);
    }

    public record AtRisk(UUID ticketId, String policyId, String metric, Instant dueAt, boolean warned) {
    }

    /** R76: a waiting ticket whose next public update was due at {@code dueAt}. */
    public record PendingUpdate(UUID ticketId, String channel, String statusCode, String ownerId, Instant dueAt) {
    }

    public record SlaReport(LocalDate from, LocalDate to, Instant asOf, long breaches, List<Count> breachesByMetric,
                            long pendingUpdateBreaches, long atRiskCount, List<AtRisk> atRisk,
                            long pendingUpdateOverdueCount, List<PendingUpdate> pendingUpdateOverdue) {
    }

    public record PendingUpdateRule(Duration interval, Set<String> channels) {
    }

    public SlaReport sla(String tenantId, DayWindow w, Instant asOf, Duration atRiskHorizon, PendingUpdateRule rule) {
        List<Count> byMetric = breachesByMetric(tenantId, w.start(), w.end());
        long breaches = byMetric.stream().mapToLong(Count::count).sum();
        long pendingBreaches = byMetric.stream().filter(c -> "PENDING_UPDATE".equals(c.key()))
                .mapToLong(Count::count).sum();
        long[] atRiskCount = {0};
        List<AtRisk> atRisk = atRisk(tenantId, asOf, atRiskHorizon, atRiskCount);
        long[] overdueCount = {0};
        List<PendingUpdate> overdue = pendingUpdateOverdue(tenantId, asOf, rule, overdueCount);
        return new SlaReport(w.from(), w.to(), asOf, breaches, byMetric, pendingBreaches, atRiskCount[0], atRisk,
                overdueCount[0], overdue);
    }

    public List<Count> breachesByMetric(String tenantId, Instant from, Instant to) {
        return list("select metric, count(*) from sla_breach where tenant_id = ? and breached_at >= ? "
                + "and breached_at < ? group by metric order by metric", Reads::count, tenantId, from, to);
    }

    private static final String AT_RISK = " from sla_timer where tenant_id = ? and state = 'RUNNING' "
            + "and (due_at <= ? or warned_due_at = due_at)";

    /** Running timers due within the horizon (or already overdue), and those routing warned about; total in {@code count[0]}. */
    public List<AtRisk> atRisk(String tenantId, Instant asOf, Duration horizon, long[] count) {
        return list("select ticket_id, policy_id, metric, due_at, warned_due_at = due_at, count(*) over () total"
                        + AT_RISK + " order by due_at, ticket_id, policy_id, metric limit " + LIST_LIMIT,
                rs -> {
                    count[0] = rs.getLong("total");
                    return new AtRisk(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            Sql.instant(rs, "due_at"), rs.getBoolean(5));
                }, tenantId, asOf.plus(horizon));
    }

    private static final String PENDING_OVERDUE = " from reported_ticket where tenant_id = ? and is_open "
            + "and status_category in ('WAITING_CUSTOMER', 'WAITING_INTERNAL') and channel = any(?) "
            + "and status_at <= ? and coalesce(last_public_update_at, status_at) <= ?";

    /**
     * R76 (A16): a ticket waiting on the customer or on-hold, on a channel the tenant's timer covers,
     * whose last public update (or the moment it started waiting, if later) is older than the interval.
     */
    public List<PendingUpdate> pendingUpdateOverdue(String tenantId, Instant asOf, PendingUpdateRule rule,
                                                    long[] count) {
        if (rule.channels().isEmpty()) {
            return List.of();
        }
        long interval = rule.interval().getSeconds();
        return list("select ticket_id, channel, status_code, owner_id, greatest(status_at, "
                        + "coalesce(last_public_update_at, status_at)) + make_interval(secs => " + interval + ") due, "
                        + "count(*) over () total" + PENDING_OVERDUE + " order by due, ticket_id limit " + LIST_LIMIT,
                rs -> {
                    count[0] = rs.getLong("total");
                    return new PendingUpdate(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                            rs.getString(4), Sql.instant(rs, "due"));
                }, pendingParams(tenantId, asOf, rule));
    }

    private static Object[] pendingParams(String tenantId, Instant asOf, PendingUpdateRule rule) {
        Instant dueBefore = asOf.minus(rule.interval());
        return new Object[] {tenantId, rule.channels().toArray(String[]::new), dueBefore, dueBefore};
    }
}
