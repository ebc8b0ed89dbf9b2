package dev.opsdesk.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The rebuild bookkeeping of a tenant in reporting_tenant, and the deletion of its read models. */
@ApplicationScoped
public class RebuildState {

    /** Every read-model table; each has a tenant_id column. */
    static final List<String> TABLES = List.of("reported_ticket", "activity", "agent_day_category", "agent_day",
            "tenant_day_category", "sla_timer", "sla_breach", "queue_alert", "alert_ack", "qa_evaluation",
            "qa_finding", "processed_event");

    public record Status(String tenantId, String state, int generation, Instant startedAt, Instant finishedAt,
                         long eventsApplied) {
    }

    private final EntityManager em;
    private final DataSource dataSource;
    private final AuditLog audit;

    RebuildState(EntityManager em, DataSource dataSource, AuditLog audit) {
        this.em = em;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /**
     * Claims the rebuild (none running, or the running one stopped beating), deletes the tenant's rows
     * and bumps its generation, all in one transaction. False when another rebuild is running.
     */
    @Transactional
    public boolean claimAndClear(String tenantId) {
        Status before = status(tenantId);
        Sql.update(em, "insert into reporting_tenant (tenant_id) values (?) on conflict do nothing", tenantId);
        int claimed = Sql.update(em, """
                update reporting_tenant set rebuild_state = 'RUNNING', rebuild_started_at = now(),
                    rebuild_heartbeat_at = now(), rebuild_finished_at = null, rebuild_events = 0,
                    generation = generation + 1
                where tenant_id = ? and (rebuild_state is distinct from 'RUNNING'
                    or rebuild_heartbeat_at < now() - interval '2 minutes')""", tenantId);
        if (claimed == 0) {
            return false;
        }
        for (String table : TABLES) {
            Sql.update(em, "delete from " + table + " where tenant_id = ?", tenantId);
        }
        audit.record(tenantId, "read-models.rebuild-started", "read-models", tenantId, audit.snapshot(before),
                audit.snapshot(Map.of("state", "RUNNING", "generation", before.generation() + 1,
                        "deletedFrom", TABLES)));
        return true;
    }

    @Transactional
    public void beat(String tenantId, long events) {
        Sql.update(em, "update reporting_tenant set rebuild_heartbeat_at = now(), rebuild_events = ? where tenant_id = ?",
                events, tenantId);
    }

    @Transactional
    public void finish(String tenantId, String state, long events) {
        Sql.update(em, """
                update reporting_tenant set rebuild_state = ?, rebuild_finished_at = now(), rebuild_heartbeat_at = now(),
                    rebuild_events = ? where tenant_id = ?""", state, events, tenantId);
        audit.record(tenantId, "read-models.rebuild-finished", "read-models", tenantId, null,
                audit.snapshot(Map.of("state", state, "eventsApplied", events)));
    }

    public Status status(String tenantId) {
        try (var connection = dataSource.getConnection()) {
            List<Status> found = Sql.query(connection, """
                    select tenant_id, coalesce(rebuild_state, 'NEVER'), generation, rebuild_started_at,
                        rebuild_finished_at, coalesce(rebuild_events, 0)
                    from reporting_tenant where tenant_id = ?""",
                    rs -> new Status(rs.getString(1), rs.getString(2), rs.getInt(3),
                            Sql.instant(rs, "rebuild_started_at"), Sql.instant(rs, "rebuild_finished_at"),
                            rs.getLong(6)), tenantId);
            return found.isEmpty() ? new Status(tenantId, "NEVER", 1, null, null, 0) : found.get(0);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
