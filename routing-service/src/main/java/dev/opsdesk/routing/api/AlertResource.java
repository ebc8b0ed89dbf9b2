package dev.opsdesk.routing.api;

import dev.opsdesk.routing.service.AlertService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "Queue volume and pattern alerts for the support director (A28, A29, R116)")
public class AlertResource {

    private final AlertService alerts;
    private final CallerTenant caller;

    AlertResource(AlertService alerts, CallerTenant caller) {
        this.alerts = alerts;
        this.caller = caller;
    }

    public record AcknowledgeRequest(String note) {
    }

    @GET
    @RolesAllowed({"director", "supervisor", "admin", "agent"})
    @Operation(summary = "Live alerts (open or acknowledged); all=true includes cleared ones")
    public List<Views.AlertView> list(@QueryParam("all") boolean all) {
        return alerts.list(caller.tenantId(), all).stream().map(Views.AlertView::of).toList();
    }

    @GET
    @Path("/{alertId}")
    @RolesAllowed({"director", "supervisor", "admin", "agent"})
    @Operation(summary = "One alert with its tickets and acknowledgements")
    public Views.AlertView get(@PathParam("alertId") UUID alertId) {
        return Views.AlertView.of(alerts.get(caller.tenantId(), alertId));
    }

    @POST
    @Path("/{alertId}/acknowledge")
    @RolesAllowed({"director", "supervisor", "admin", "agent"})
    @Operation(summary = "Acknowledge an alert",
            description = "The director's acknowledgement marks it ACKNOWLEDGED; an agent acknowledges a volume alert"
                    + " before assigning from that queue (R116). Publishes routing.alert-acknowledged once per user.")
    public Views.AlertView acknowledge(@PathParam("alertId") UUID alertId, AcknowledgeRequest body) {
        return Views.AlertView.of(alerts.acknowledge(caller.tenantId(), alertId, caller.userId(),
                caller.roleAmong("director", "supervisor", "admin", "agent"), body == null ? null : body.note()));
    }
}
