package dev.opsdesk.reporting.api;

import dev.opsdesk.reporting.service.TicketVolumeProjection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reports")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "qa", "admin", "integration"})
public class ReportResource {

    private final TicketVolumeProjection volume;
    private final CallerTenant caller;

    ReportResource(TicketVolumeProjection volume, CallerTenant caller) {
        this.volume = volume;
        this.caller = caller;
    }

    /** Tickets created in the caller's tenant, as counted from {@code ticket.created} events. */
    @GET
    @Path("/ticket-volume")
    public TicketVolume ticketVolume() {
        return new TicketVolume(volume.created(caller.tenantId()));
    }

    public record TicketVolume(long created) {
    }
}
