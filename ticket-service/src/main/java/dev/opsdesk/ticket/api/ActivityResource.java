package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.service.WorkLogService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Work logs without a ticket (e.g. Spam Checking). Work on a ticket is logged under the ticket
 * ({@link TicketActivityResource}): Quarkus REST routes a request to one resource class only, so
 * the two paths cannot share a class next to {@link TicketResource}.
 */
@Path("/api/v1/activities")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class ActivityResource {

    private final WorkLogService workLogs;
    private final CallerTenant caller;

    ActivityResource(WorkLogService workLogs, CallerTenant caller) {
        this.workLogs = workLogs;
        this.caller = caller;
    }

    @POST
    public Response log(@NotNull @Valid LogActivityRequest request) {
        ActivityView logged = ActivityView.of(workLogs.log(caller.tenantId(), null, caller.actor(), request.toWorkItem()));
        return Response.status(Response.Status.CREATED).entity(logged).build();
    }
}
