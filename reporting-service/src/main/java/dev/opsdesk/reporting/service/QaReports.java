package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.DayWindow;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/**
 * QA averages and critical-error rates per agent and per team (the queue of the evaluated ticket),
 * without default-yes items unless asked (A47).
 */
@Singleton
public class QaReports extends Reads {

    public QaReports(DataSource dataSource) {
        super(dataSource);
    }

    /**
     * averageScore: mean of the scorecard scores (qa-service's formula, A11); passRate: passed ÷
     * applicable items; criticalFailRate: evaluations with a CE item at N ÷ evaluations;
     * ceItemFailRate: CE items at N ÷ applicable CE items.
     */
    public record QaRow(String key, long evaluations, Double averageScore, Double passRate, Double criticalFailRate,
                        Double ceItemFailRate) {
    }

    public record QaReport(LocalDate from, LocalDate to, boolean includeDefaults, QaRow all, List<QaRow> byAgent,
                           List<QaRow> byTeam, List<Count> autoQaFailuresByRule) {
    }

    public QaReport qa(String tenantId, DayWindow w, boolean includeDefaults) {
        String sfx = includeDefaults ? "_with_defaults" : "";
        String named = "count(*) n, avg(q.score" + sfx + ")::float8 avg_score, "
                + "sum(q.passed" + sfx + ")::float8 / nullif(sum(q.applicable" + sfx + "), 0) pass_rate, "
                + "avg(case when q.critical_fail then 1.0 else 0.0 end)::float8 critical_rate, "
                + "sum(q.ce_failed)::float8 / nullif(sum(q.ce_applicable" + sfx + "), 0) ce_rate";
        String from = " from qa_evaluation q left join reported_ticket t on t.ticket_id = q.ticket_id "
                + "where q.tenant_id = ? and q.first_completed_at >= ? and q.first_completed_at < ?";
        Sql.Row<QaRow> row = rs -> new QaRow(rs.getString(1), rs.getLong("n"), Sql.nullableDouble(rs, "avg_score"),
                Sql.nullableDouble(rs, "pass_rate"), Sql.nullableDouble(rs, "critical_rate"),
                Sql.nullableDouble(rs, "ce_rate"));
        Object[] p = {tenantId, w.start(), w.end()};
        return new QaReport(w.from(), w.to(), includeDefaults,
                one("select null, " + named + from, row, p),
                list("select coalesce(q.agent_id, '(unknown)'), " + named + from + " group by 1 order by 1", row, p),
                list("select coalesce(t.group_id, '(no queue)'), " + named + from + " group by 1 order by 1", row, p),
                list("select rule, count(*) from qa_finding where tenant_id = ? and outcome = 'FAIL' "
                        + "and flagged_at >= ? and flagged_at < ? group by rule order by 2 desc, 1", Reads::count, p));
    }
}
