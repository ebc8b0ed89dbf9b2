package dev.opsdesk.reporting.service;

import dev.opsdesk.reporting.config.ReportingConfig;
import dev.opsdesk.reporting.domain.BusinessCalendar;
import dev.opsdesk.reporting.domain.DayWindow;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;

/** Everything the ops dashboard shows for one tenant, as one snapshot. */
@ApplicationScoped
public class DashboardService {

    private final DashboardQueries queries;
    private final WorkReports work;
    private final SlaReports sla;
    private final QaReports qa;
    private final TenantCalendars calendars;
    private final ReportingConfig config;
    private final Clock clock;

    DashboardService(DataSource dataSource, WorkReports work, SlaReports sla, QaReports qa, TenantCalendars calendars,
                     ReportingConfig config, Clock clock) {
        this.queries = new DashboardQueries(dataSource);
        this.work = work;
        this.sla = sla;
        this.qa = qa;
        this.calendars = calendars;
        this.config = config;
        this.clock = clock;
    }

    public record Tickets(long createdToday, long open, List<DashboardQueries.LatestTicket> latest) {
    }

    public record Sla(long breachesToday, List<Reads.Count> breachesTodayByMetric, long atRiskCount,
                      List<SlaReports.AtRisk> atRisk, long pendingUpdateOverdue) {
    }

    public record Snapshot(String tenantId, Instant asOf, LocalDate today, Tickets tickets,
                           List<DashboardQueries.Queue> queues, List<DashboardQueries.Alert> alerts,
                           WorkReports.AhtReport ahtLast7Days, List<WorkReports.ProductivityRow> productivityToday,
                           Sla sla, QaReports.QaReport qaLast7Days) {
    }

    public Snapshot snapshot(String tenantId) {
        Instant now = clock.instant();
        BusinessCalendar calendar = calendars.calendar(tenantId);
        DayWindow week = DayWindow.parse(null, null, calendar, now);
        Instant startOfToday = DashboardQueries.startOfToday(calendar, now);
        List<DashboardQueries.Queue> queues = queues(tenantId);
        long open = queues.stream().mapToLong(DashboardQueries.Queue::open).sum();
        SlaReports.SlaReport slaNow = sla.sla(tenantId, DayWindow.parse(week.to().toString(), null, calendar, now),
                now, config.slaAtRiskHorizon(), pendingUpdateRule(tenantId));
        return new Snapshot(tenantId, now, week.to(),
                new Tickets(queries.createdSince(tenantId, startOfToday), open, queries.latestTickets(tenantId, 10)),
                queues, queries.alerts(tenantId, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1))),
                work.aht(tenantId, week, null), queries.productivityOn(tenantId, week.to()),
                new Sla(slaNow.breaches(), slaNow.breachesByMetric(), slaNow.atRiskCount(),
                        slaNow.atRisk().subList(0, Math.min(10, slaNow.atRisk().size())),
                        slaNow.pendingUpdateOverdueCount()),
                qa.qa(tenantId, week, false));
    }

    public List<DashboardQueries.Alert> alerts(String tenantId, DayWindow window) {
        return queries.alerts(tenantId, window.start(), window.end());
    }

    public List<DashboardQueries.Queue> queues(String tenantId) {
        return queries.queues(tenantId);
    }

    public SlaReports.PendingUpdateRule pendingUpdateRule(String tenantId) {
        return new SlaReports.PendingUpdateRule(calendars.pendingUpdateInterval(tenantId),
                calendars.pendingUpdateChannels(tenantId));
    }
}
