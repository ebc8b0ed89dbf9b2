package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.Map;
import java.util.UUID;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin", "integration"})
public class TicketResource {

    private final TicketService tickets;
    private final CallerTenant caller;

    TicketResource(TicketService tickets, CallerTenant caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    @POST
    public Response create(@NotNull @Valid CreateTicketRequest request, @Context UriInfo uri) {
        Ticket ticket = tickets.open(caller.tenantId(), request.channel(), request.subject(), request.requester().email());
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.id.toString()).build())
                .entity(Map.of("id", ticket.id))
                .build();
    }

    @GET
    @Path("/{id}")
    public TicketView get(@PathParam("id") UUID id) {
        return tickets.find(caller.tenantId(), id)
                .map(TicketView::of)
                .orElseThrow(() -> new NotFoundException("No ticket " + id + " in this tenant"));
    }
}
