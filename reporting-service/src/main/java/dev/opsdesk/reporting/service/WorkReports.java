package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.domain.DayWindow;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** AHT against standard and productivity, read from the work-log rollups only (never raw rows). */
@Singleton
public class WorkReports extends Reads {

    public WorkReports(DataSource dataSource) {
        super(dataSource);
    }

    /**
     * One task category: standard AHT (the catalogue's minutes, R1/R2, averaged if it changed) against
     * the actual average handling time from the agents' reported durations (A39).
     */
    public record AhtRow(Integer categoryRow, String taskCategory, long activities, double standardAhtMinutes,
                         double actualAhtMinutes, Double actualToStandard) {
        static AhtRow of(Integer row, String category, long activities, long standardSeconds, long actualSeconds) {
            return new AhtRow(row, category, activities, minutes(standardSeconds, activities),
                    minutes(actualSeconds, activities), ratio(actualSeconds, standardSeconds));
        }

        private static double minutes(long seconds, long activities) {
            return activities == 0 ? 0 : Math.round(seconds * 100.0 / activities / 60) / 100.0;
        }
    }

    public record AhtReport(LocalDate from, LocalDate to, String agentId, List<AhtRow> categories, AhtRow total) {
    }

    public AhtReport aht(String tenantId, DayWindow window, String agentId) {
        String table = agentId == null ? "tenant_day_category" : "agent_day_category";
        String agentFilter = agentId == null ? "" : " and agent_id = ?";
        Object[] params = agentId == null
                ? new Object[] {tenantId, window.from(), window.to()}
                : new Object[] {tenantId, window.from(), window.to(), agentId};
        List<long[]> sums = new java.util.ArrayList<>();
        List<AhtRow> rows = list("select category_row, task_category, sum(activities), sum(standard_seconds), "
                        + "sum(actual_seconds) from " + table + " where tenant_id = ? and work_day between ? and ?"
                        + agentFilter + " group by category_row, task_category order by category_row, task_category",
                rs -> {
                    sums.add(new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
                    return AhtRow.of(rs.getInt(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
                }, params);
        AhtRow total = AhtRow.of(null, "all categories", sums.stream().mapToLong(x -> x[0]).sum(),
                sums.stream().mapToLong(x -> x[1]).sum(), sums.stream().mapToLong(x -> x[2]).sum());
        return new AhtReport(window.from(), window.to(), agentId, rows, total);
    }

    /**
     * One agent on one day. productivity = Σ(count × standard AHT) ÷ logged time, where logged time
     * is the sum of the actual seconds of that agent's work logs that day (README "Productivity").
     */
    public record ProductivityRow(String agentId, LocalDate day, long activities, long standardSeconds,
                                  long loggedSeconds, Double productivity) {
    }

    public record ProductivityReport(LocalDate from, LocalDate to, List<ProductivityRow> days,
                                     List<ProductivityRow> agents) {
    }

    public ProductivityReport productivity(String tenantId, DayWindow window, String agentId) {
        String agentFilter = agentId == null ? "" : " and agent_id = ?";
        Object[] params = agentId == null
                ? new Object[] {tenantId, window.from(), window.to()}
                : new Object[] {tenantId, window.from(), window.to(), agentId};
        List<ProductivityRow> days = list("select agent_id, work_day, activities, standard_seconds, actual_seconds "
                        + "from agent_day where tenant_id = ? and work_day between ? and ?" + agentFilter
                        + " order by agent_id, work_day",
                rs -> row(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)), params);
        List<ProductivityRow> agents = list("select agent_id, sum(activities), sum(standard_seconds), "
                        + "sum(actual_seconds) from agent_day where tenant_id = ? and work_day between ? and ?"
                        + agentFilter + " group by agent_id order by agent_id",
                rs -> row(rs.getString(1), null, rs.getLong(2), rs.getLong(3), rs.getLong(4)), params);
        return new ProductivityReport(window.from(), window.to(), days, agents);
    }

    private static ProductivityRow row(String agent, LocalDate day, long activities, long standard, long logged) {
        Double productivity = ratio(standard, logged);
        return new ProductivityRow(agent, day, activities, standard, logged,
                productivity == null ? null : Math.round(productivity * 1000) / 1000.0);
    }
}
