package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.service.WorkLogService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Work logs on a ticket (DOMAIN.md §3): one task category and the actual duration per activity. */
@Path("/api/v1/tickets/{id}/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class TicketActivityResource {

    private final WorkLogService workLogs;
    private final CallerTenant caller;

    TicketActivityResource(WorkLogService workLogs, CallerTenant caller) {
        this.workLogs = workLogs;
        this.caller = caller;
    }

    @POST
    public Response log(@PathParam("id") UUID id, @NotNull @Valid LogActivityRequest request) {
        ActivityView logged = ActivityView.of(workLogs.log(caller.tenantId(), id, caller.actor(), request.toWorkItem()));
        return Response.status(Response.Status.CREATED).entity(logged).build();
    }

    @GET
    public List<ActivityView> list(@PathParam("id") UUID id) {
        return workLogs.ofTicket(caller.tenantId(), id).stream().map(ActivityView::of).toList();
    }
}
