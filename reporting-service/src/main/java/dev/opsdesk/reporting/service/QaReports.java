package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.DayWindow;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
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
        // one pass over the window's evaluations: overall, per agent and per team (grouping sets)
        String sql = "select grouping(agent) ga, grouping(team) gt, agent, team, count(*) n, "
                + "avg(score" + sfx + ")::float8 avg_score, "
                + "sum(passed" + sfx + ")::float8 / nullif(sum(applicable" + sfx + "), 0) pass_rate, "
                + "avg(case when critical_fail then 1.0 else 0.0 end)::float8 critical_rate, "
                + "sum(ce_failed)::float8 / nullif(sum(ce_applicable" + sfx + "), 0) ce_rate "
                + "from (select q.*, coalesce(q.agent_id, '(unknown)') agent, coalesce(t.group_id, '(no queue)') team "
                + "from qa_evaluation q left join reported_ticket t on t.ticket_id = q.ticket_id "
                + "where q.tenant_id = ? and q.first_completed_at >= ? and q.first_completed_at < ?) x "
                + "group by grouping sets ((), (agent), (team)) order by 1, 2, 3, 4";
        List<QaRow> all = new ArrayList<>();
        List<QaRow> byAgent = new ArrayList<>();
        List<QaRow> byTeam = new ArrayList<>();
        list(sql, rs -> {
            boolean agentRow = rs.getInt("ga") == 0;
            boolean teamRow = rs.getInt("gt") == 0;
            QaRow row = new QaRow(agentRow ? rs.getString("agent") : teamRow ? rs.getString("team") : null,
                    rs.getLong("n"), Sql.nullableDouble(rs, "avg_score"), Sql.nullableDouble(rs, "pass_rate"),
                    Sql.nullableDouble(rs, "critical_rate"), Sql.nullableDouble(rs, "ce_rate"));
            (agentRow ? byAgent : teamRow ? byTeam : all).add(row);
            return row;
        }, tenantId, w.start(), w.end());
        QaRow total = all.isEmpty() ? new QaRow(null, 0, null, null, null, null) : all.get(0);
        return new QaReport(w.from(), w.to(), includeDefaults, total, byAgent, byTeam,
                list("select rule, count(*) from qa_finding where tenant_id = ? and outcome = 'FAIL' "
                        + "and flagged_at >= ? and flagged_at < ? group by rule order by 2 desc, 1", Reads::count,
                        tenantId, w.start(), w.end()));
    }
}
