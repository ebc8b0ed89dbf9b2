package dev.opsdesk.routing.api;

import dev.opsdesk.routing.service.TicketIntake;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class RoutingQueueResource {

    private final TicketIntake intake;
    private final CallerTenant caller;

    RoutingQueueResource(TicketIntake intake, CallerTenant caller) {
        this.intake = intake;
        this.caller = caller;
    }

    /** Tickets of the caller's tenant that routing knows and has not assigned yet. */
    @GET
    @Path("/queue")
    public QueueSummary queue() {
        return new QueueSummary(intake.awaitingAssignment(caller.tenantId()));
    }

    public record QueueSummary(long awaitingAssignment) {
    }
}
