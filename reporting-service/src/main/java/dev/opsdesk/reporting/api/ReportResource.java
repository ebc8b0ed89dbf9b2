package dev.opsdesk.reporting.api;

import dev.opsdesk.reporting.config.ReportingConfig;
import dev.opsdesk.reporting.domain.DayWindow;
import dev.opsdesk.reporting.domain.ReportedTicket;
import dev.opsdesk.reporting.service.DashboardQueries;
import dev.opsdesk.reporting.service.DashboardService;
import dev.opsdesk.reporting.service.QaReports;
import dev.opsdesk.reporting.service.SlaReports;
import dev.opsdesk.reporting.service.TenantCalendars;
import dev.opsdesk.reporting.service.TicketReports;
import dev.opsdesk.reporting.service.WorkReports;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Figures of the caller's tenant over a window of days in the tenant's time zone (default: last 7 days). */
@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports")
public class ReportResource {

    private static final String FROM = "First day, yyyy-mm-dd, in the tenant's time zone (default: 6 days before 'to')";
    private static final String TO = "Last day, included (default: today)";

    private final WorkReports work;
    private final TicketReports tickets;
    private final SlaReports sla;
    private final QaReports qa;
    private final DashboardService dashboard;
    private final TenantCalendars calendars;
    private final ReportingConfig config;
    private final CallerTenant caller;
    private final Clock clock;

    ReportResource(WorkReports work, TicketReports tickets, SlaReports sla, QaReports qa, DashboardService dashboard,
                   TenantCalendars calendars, ReportingConfig config, CallerTenant caller, Clock clock) {
        this.work = work;
        this.tickets = tickets;
        this.sla = sla;
        this.qa = qa;
        this.dashboard = dashboard;
        this.calendars = calendars;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    public record TicketVolume(long created) {
    }

    @GET
    @Path("/ticket-volume")
    @RolesAllowed({"agent", "supervisor", "qa", "admin", "integration", "director"})
    @Operation(summary = "Tickets created in the caller's tenant, as counted from ticket.created events")
    public TicketVolume ticketVolume() {
        return new TicketVolume(ReportedTicket.createdIn(caller.tenantId()));
    }

    @GET
    @Path("/aht")
    @RolesAllowed({"supervisor", "director", "admin"})
    @Operation(summary = "AHT per task category: standard (catalogue minutes) against actual (reported durations)")
    public WorkReports.AhtReport aht(@Parameter(description = FROM) @QueryParam("from") String from,
                                     @Parameter(description = TO) @QueryParam("to") String to,
                                     @Parameter(description = "Only this agent's work logs") @QueryParam("agentId")
                                     String agentId) {
        return work.aht(caller.tenantId(), window(from, to), blankToNull(agentId));
    }

    @GET
    @Path("/productivity")
    @RolesAllowed({"agent", "supervisor", "director", "admin"})
    @Operation(summary = "Productivity per agent and day: Σ(count × standard AHT) ÷ logged time; agents see their own")
    public WorkReports.ProductivityReport productivity(@Parameter(description = FROM) @QueryParam("from") String from,
                                                       @Parameter(description = TO) @QueryParam("to") String to,
                                                       @QueryParam("agentId") String agentId) {
        String agent = blankToNull(agentId);
        if (caller.isOnly("agent")) {
            if (agent != null && !agent.equals(caller.agentId())) {
                throw new ForbiddenException("Agents see their own productivity only");
            }
            agent = caller.agentId();
        }
        return work.productivity(caller.tenantId(), window(from, to), agent);
    }

    @GET
    @Path("/volumes")
    @RolesAllowed({"supervisor", "director", "admin"})
    @Operation(summary = "Tickets created in the window by channel, status category, resolution, topic and store")
    public TicketReports.VolumeReport volumes(@QueryParam("from") String from, @QueryParam("to") String to) {
        return tickets.volumes(caller.tenantId(), window(from, to));
    }

    @GET
    @Path("/response-times")
    @RolesAllowed({"supervisor", "director", "admin"})
    @Operation(summary = "First response and resolution times (calendar and business hours) of tickets created in the window")
    public TicketReports.ResponseTimesReport responseTimes(@QueryParam("from") String from,
                                                           @QueryParam("to") String to) {
        return tickets.responseTimes(caller.tenantId(), window(from, to));
    }

    @GET
    @Path("/fcr")
    @RolesAllowed({"supervisor", "director", "admin"})
    @Operation(summary = "First-contact resolution of tickets first resolved in the window, and reopen rate")
    public TicketReports.FcrReport fcr(@QueryParam("from") String from, @QueryParam("to") String to) {
        return tickets.fcr(caller.tenantId(), window(from, to));
    }

    @GET
    @Path("/resolutions")
    @RolesAllowed({"supervisor", "director", "admin"})
    @Operation(summary = "Resolution mix: share of each resolution, overall, by channel and by topic")
    public TicketReports.ResolutionReport resolutions(@QueryParam("from") String from, @QueryParam("to") String to) {
        return tickets.resolutions(caller.tenantId(), window(from, to));
    }

    @GET
    @Path("/sla")
    @RolesAllowed({"supervisor", "director", "admin"})
    @Operation(summary = "SLA breaches in the window by metric (incl. R76 pending updates), timers at risk and "
            + "pending updates overdue as of 'asOf'")
    public SlaReports.SlaReport sla(@QueryParam("from") String from, @QueryParam("to") String to,
                                    @Parameter(description = "Instant the at-risk and overdue lists are computed for "
                                            + "(default: now)") @QueryParam("asOf") String asOf) {
        String tenant = caller.tenantId();
        return sla.sla(tenant, window(from, to), instant(asOf), config.slaAtRiskHorizon(),
                dashboard.pendingUpdateRule(tenant));
    }

    @GET
    @Path("/qa")
    @RolesAllowed({"qa", "supervisor", "director", "admin"})
    @Operation(summary = "QA averages and critical-error rates per agent and team (A47: default items excluded "
            + "unless includeDefaults=true)")
    public QaReports.QaReport qa(@QueryParam("from") String from, @QueryParam("to") String to,
                                 @QueryParam("includeDefaults") boolean includeDefaults) {
        return qa.qa(caller.tenantId(), window(from, to), includeDefaults);
    }

    @GET
    @Path("/alerts")
    @RolesAllowed({"supervisor", "director", "admin"})
    @Operation(summary = "Queue spike alerts last detected in the window, with their acknowledgement")
    public java.util.List<DashboardQueries.Alert> alerts(@QueryParam("from") String from, @QueryParam("to") String to) {
        return dashboard.alerts(caller.tenantId(), window(from, to));
    }

    private DayWindow window(String from, String to) {
        return DayWindow.parse(from, to, calendars.calendar(caller.tenantId()), clock.instant());
    }

    private Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return clock.instant();
        }
        Instant instant;
        try {
            instant = Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new DayWindow.InvalidWindowException("asOf", "must be an instant like 2026-11-24T09:00:00Z");
        }
        // found by the fuzz test: year -999999999 overflowed the pending-update arithmetic (a 500)
        if (instant.isBefore(DayWindow.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant())
                || !instant.isBefore(DayWindow.LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
            throw new DayWindow.InvalidWindowException("asOf", "must be an instant between " + DayWindow.FIRST_DAY
                    + " and " + DayWindow.LAST_DAY);
        }
        return instant;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
