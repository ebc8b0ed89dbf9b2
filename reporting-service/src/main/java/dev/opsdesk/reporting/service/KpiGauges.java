package dev.opsdesk.reporting.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/** Prometheus gauges of the key KPIs, one time series per tenant, recomputed on a schedule. */
@ApplicationScoped
public class KpiGauges {

    private static final Logger LOG = Logger.getLogger(KpiGauges.class);

    private final Map<String, Function<DashboardService.Snapshot, Number>> kpis = new LinkedHashMap<>();
    private final Map<String, MultiGauge> gauges = new LinkedHashMap<>();
    private final DashboardService dashboard;
    private final DataSource dataSource;

    KpiGauges(DashboardService dashboard, DataSource dataSource, MeterRegistry registry) {
        this.dashboard = dashboard;
        this.dataSource = dataSource;
        kpis.put("opsdesk.reporting.tickets.open", s -> s.tickets().open());
        kpis.put("opsdesk.reporting.tickets.created.today", s -> s.tickets().createdToday());
        kpis.put("opsdesk.reporting.sla.at.risk", s -> s.sla().atRiskCount());
        kpis.put("opsdesk.reporting.sla.breaches.today", s -> s.sla().breachesToday());
        kpis.put("opsdesk.reporting.sla.pending.updates.overdue", s -> s.sla().pendingUpdateOverdue());
        kpis.put("opsdesk.reporting.aht.actual.to.standard.7d", s -> s.ahtLast7Days().total().actualToStandard());
        kpis.put("opsdesk.reporting.productivity.today", KpiGauges::productivityToday);
        kpis.put("opsdesk.reporting.qa.score.7d", s -> s.qaLast7Days().all().averageScore());
        kpis.put("opsdesk.reporting.qa.critical.fail.rate.7d", s -> s.qaLast7Days().all().criticalFailRate());
        kpis.keySet().forEach(name -> gauges.put(name, MultiGauge.builder(name)
                .description("reporting KPI per tenant (README \"Metrics\")").register(registry)));
    }

    @Scheduled(every = "${opsdesk.reporting.kpi-refresh:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        Map<String, List<MultiGauge.Row<?>>> rows = new LinkedHashMap<>();
        kpis.keySet().forEach(name -> rows.put(name, new ArrayList<>()));
        for (String tenant : tenants()) {
            try {
                DashboardService.Snapshot snapshot = dashboard.snapshot(tenant);
                kpis.forEach((name, kpi) -> {
                    Number value = kpi.apply(snapshot);
                    if (value != null) {
                        rows.get(name).add(MultiGauge.Row.of(Tags.of("tenant", tenant), value));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warnf("KPIs of tenant %s not refreshed: %s", tenant, e.getMessage());
            }
        }
        rows.forEach((name, list) -> gauges.get(name).register(list, true));
    }

    private List<String> tenants() {
        try (var connection = dataSource.getConnection()) {
            return Sql.query(connection, "select tenant_id from reporting_tenant order by tenant_id",
                    rs -> rs.getString(1));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Number productivityToday(DashboardService.Snapshot s) {
        long standard = s.productivityToday().stream().mapToLong(WorkReports.ProductivityRow::standardSeconds).sum();
        long logged = s.productivityToday().stream().mapToLong(WorkReports.ProductivityRow::loggedSeconds).sum();
        return logged == 0 ? null : (double) standard / logged;
    }
}
