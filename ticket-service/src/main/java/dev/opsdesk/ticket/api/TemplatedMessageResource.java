package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;

/** Replies from the tenant's message templates (CrazySales recap e-mail R17/R18, TIG pick-up R19, postage R20). */
@Path("/api/v1/tickets/{id}/templated-messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class TemplatedMessageResource {

    private final TicketService tickets;
    private final CallerTenant caller;

    TemplatedMessageResource(TicketService tickets, CallerTenant caller) {
        this.tickets = tickets;
        this.caller = caller;
    }

    public record Send(@NotBlank @Size(max = 64) String templateId,
                       @Size(max = 20) Map<@NotBlank @Size(max = 64) String, @Size(max = 10_000) String> values) {
    }

    public record Sent(MessageView message, NoteResource.NoteView note) {
    }

    @POST
    public Response send(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                         @NotNull @Valid Send request) {
        TicketService.TemplatedMessage sent = tickets.sendTemplate(caller.tenantId(), id, TicketView.versionFrom(ifMatch),
                caller.actor(), request.templateId(), request.values());
        return Response.status(Response.Status.CREATED).entity(new Sent(MessageView.of(sent.message()),
                sent.note() == null ? null : NoteResource.NoteView.of(sent.note()))).build();
    }
}
