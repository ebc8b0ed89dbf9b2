package dev.opsdesk.routing.api;

import dev.opsdesk.routing.domain.template.RoutingTemplate.CalendarDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.SlaPolicyDef;
import dev.opsdesk.routing.service.SlaPolicies;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "SLA", description = "SLA policies by channel and priority, business-hours calendars, each ticket's timers")
public class SlaResource {

    private final SlaPolicies sla;
    private final CallerTenant caller;

    SlaResource(SlaPolicies sla, CallerTenant caller) {
        this.sla = sla;
        this.caller = caller;
    }

    public record ReplayResult(int timersChanged) {
    }

    @GET
    @Path("/sla-policies")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "The tenant's SLA policies")
    public List<Views.PolicyView> policies() {
        return sla.policies(caller.tenantId()).stream().map(Views.PolicyView::of).toList();
    }

    @GET
    @Path("/sla-policies/{policyId}")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "One SLA policy")
    public Views.PolicyView policy(@PathParam("policyId") String policyId) {
        return Views.PolicyView.of(sla.policy(caller.tenantId(), policyId));
    }

    @PUT
    @Path("/sla-policies/{policyId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Create or replace an SLA policy; every open ticket's timers are recomputed from its events",
            description = "targets: FIRST_REPLY, NEXT_REPLY, PENDING_UPDATE (R76, A16), RESOLUTION, each an ISO-8601"
                    + " duration of calendar or business time; pausing: categories that stop the clock;"
                    + " pendingUpdate: categories in which PENDING_UPDATE runs; escalation on breach.")
    public Views.PolicyView putPolicy(@PathParam("policyId") String policyId, @NotNull SlaPolicyDef body) {
        return Views.PolicyView.of(sla.putPolicy(caller.tenantId(), policyId, body));
    }

    @DELETE
    @Path("/sla-policies/{policyId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Delete an SLA policy (its timers are cancelled or move to another policy)")
    public Response deletePolicy(@PathParam("policyId") String policyId) {
        sla.deletePolicy(caller.tenantId(), policyId);
        return Response.noContent().build();
    }

    @POST
    @Path("/sla-policies/replay")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Recompute every open ticket's timers from its events")
    public ReplayResult replay() {
        return new ReplayResult(sla.replay(caller.tenantId()).size());
    }

    @GET
    @Path("/calendars")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "Business-hours calendars")
    public List<CalendarDef> calendars() {
        return sla.calendars(caller.tenantId()).stream().map(Views::calendar).toList();
    }

    @PUT
    @Path("/calendars/{calendarId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Create or replace a calendar: zone, weekday windows (\"09:00-17:00\"), holidays")
    public CalendarDef putCalendar(@PathParam("calendarId") String calendarId, @NotNull CalendarDef body) {
        return Views.calendar(sla.putCalendar(caller.tenantId(), calendarId, body));
    }

    @GET
    @Path("/tickets/{ticketId}/sla")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "The ticket's SLA timers: state and due time of each metric")
    public List<Views.TimerView> timers(@PathParam("ticketId") UUID ticketId) {
        return sla.timersOf(caller.tenantId(), ticketId).stream().map(Views.TimerView::of).toList();
    }
}
