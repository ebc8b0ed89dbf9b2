package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Priority;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.closing.CloseRequest;
import dev.opsdesk.ticket.domain.closing.ClosingFacts;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/** Classification (topics, order and shipment) and closing with a resolution (§6). */
@Path("/api/v1/tickets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class ClosingResource {

    private final TicketService tickets;
    private final CallerTenant caller;

    ClosingResource(TicketService tickets, CallerTenant caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    public record Classification(@NotNull @Size(max = 20) List<@NotBlank @Size(max = 300) String> topics,
                                 @Size(max = 64) String orderId, @Size(max = 64) String shipmentId,
                                 @Size(max = 64) String sku, boolean noOrder, @Size(max = 100) String type,
                                 Priority priority) {
    }

    public record Close(@NotBlank @Size(max = 64) String resolution, @Size(max = 100_000) String reply,
                        @Size(max = 10_000) String comment, @Size(max = 200) String escalateTo, UUID duplicateOf,
                        CloseRequest.SpamKind spamKind, ClosingFacts facts) {
    }

    @PUT
    @Path("/classification")
    public Response classify(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                             @NotNull @Valid Classification request) {
        Ticket ticket = tickets.classify(caller.tenantId(), id, TicketView.versionFrom(ifMatch), caller.actor(),
                request.topics(), request.orderId(), request.shipmentId(), request.sku(), request.noOrder(), request.type(),
                request.priority());
        return Response.ok(TicketView.of(ticket)).header("ETag", TicketView.etag(ticket)).build();
    }

    @POST
    @Path("/close")
    public Response close(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                          @NotNull @Valid Close request) {
        Ticket ticket = tickets.close(caller.tenantId(), id, TicketView.versionFrom(ifMatch), caller.actor(),
                new TicketService.CloseCommand(request.resolution(), request.reply(), request.comment(),
                        request.escalateTo(), request.duplicateOf(), request.spamKind(), request.facts()));
        return Response.ok(TicketView.of(ticket)).header("ETag", TicketView.etag(ticket)).build();
    }
}
