package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.AuditEntry;
import dev.opsdesk.ticket.domain.AuthorType;
import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.TicketMessage;
import dev.opsdesk.ticket.domain.Visibility;
import dev.opsdesk.ticket.domain.NewTicket;
import dev.opsdesk.ticket.service.IdempotentIntake;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Path("/api/v1/tickets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin", "integration"})
public class TicketResource {

    private final TicketService tickets;
    private final IdempotentIntake intake;
    private final CallerTenant caller;

    TicketResource(TicketService tickets, IdempotentIntake intake, CallerTenant caller) {
        this.tickets = tickets;
        this.intake = intake;
        this.caller = caller;
    }

    /** Intake; with an {@code Idempotency-Key} header a retried request never creates a second ticket. */
    @POST
    public Response create(@NotNull @Valid CreateTicketRequest request, @Context UriInfo uri,
                           @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey) {
        NewTicket newTicket = new NewTicket(null, request.channel(), request.subject(), request.requester().toDomain(),
                request.store(), request.origin(), request.relatedTo());
        IdempotentIntake.Result result = intake.open(caller.tenantId(), newTicket,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip(), hash(request));
        Ticket ticket = result.ticket();
        return Response.created(uri.getAbsolutePathBuilder().path(ticket.id.toString()).build())
                .entity(Map.of("id", ticket.id))
                .header("Idempotent-Replayed", result.replayed() ? "true" : null)
                .build();
    }

    @POST
    @Path("/{id}/clone")
    public Response cloneTicket(@PathParam("id") UUID id, @NotNull @Valid CloneRequest request) {
        List<Ticket> clones = tickets.cloneTicket(caller.tenantId(), id, caller.actor(), request.reason(),
                request.department(), request.count() == null ? 1 : request.count());
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("clones", clones.stream().map(c -> c.id).toList()))
                .build();
    }

    public record CloneRequest(@jakarta.validation.constraints.NotBlank @Size(max = 64) String reason,
                               @Size(max = 100) String department,
                               @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(100) Integer count) {
    }

    private static String hash(CreateTicketRequest request) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(request.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** QA reviewers read the tickets they evaluate (and search them, TicketSearchResource). */
    @GET
    @Path("/{id}")
    @RolesAllowed({"agent", "supervisor", "admin", "integration", "qa"})
    public Response get(@PathParam("id") UUID id) {
        Ticket ticket = tickets.get(caller.tenantId(), id);
        return withEtag(ticket);
    }

    @POST
    @Path("/{id}/messages")
    public Response addMessage(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                               @NotNull @Valid TicketRequests.AddMessage request, @Context UriInfo uri) {
        TicketService.AddedMessage added = tickets.addMessage(caller.tenantId(), id, TicketView.versionFrom(ifMatch),
                caller.actor(), request.authorType() == null ? AuthorType.STAFF : request.authorType(),
                request.visibility() == null ? Visibility.PUBLIC : request.visibility(), request.body(),
                request.contentSource(), request.recipient() == null ? "CUSTOMER" : request.recipient());
        return Response.status(Response.Status.CREATED).entity(new AddedMessageView(MessageView.of(added.message()),
                added.advice())).build();
    }

    /** The stored message and the reply lint's advice (R49, R51), which never blocks (A38). */
    public record AddedMessageView(MessageView message, List<dev.opsdesk.ticket.domain.ReplyAdvice.Advice> advice) {
    }

    /** R52: an SME (supervisor or admin) approves a held supplier/purchaser message, which sends it. */
    @POST
    @Path("/{id}/messages/{messageId}/approve")
    @RolesAllowed({"supervisor", "admin"})
    @Consumes(MediaType.WILDCARD)
    public MessageView approve(@PathParam("id") UUID id, @PathParam("messageId") UUID messageId) {
        return MessageView.of(tickets.approveMessage(caller.tenantId(), id, messageId, caller.actor()));
    }

    @GET
    @Path("/{id}/messages")
    @RolesAllowed({"agent", "supervisor", "admin", "integration", "qa"})
    @Transactional
    public List<MessageView> messages(@PathParam("id") UUID id) {
        Ticket ticket = tickets.get(caller.tenantId(), id);
        return TicketMessage.of(ticket.id).stream().map(MessageView::of).toList();
    }

    @POST
    @Path("/{id}/status")
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                                 @NotNull @Valid TicketRequests.ChangeStatus request) {
        Ticket ticket = tickets.changeStatus(caller.tenantId(), id, TicketView.versionFrom(ifMatch), caller.actor(),
                request.status(), Optional.ofNullable(request.reply()).map(r -> new TicketService.Reply(r.body())),
                request.reminderDueAt(), request.override() == null ? Set.of() : request.override().rules(),
                request.override() == null ? null : request.override().reason());
        return withEtag(ticket);
    }

    public record Assign(@jakarta.validation.constraints.NotBlank @jakarta.validation.constraints.Size(max = 200)
                         String owner) {
    }

    @POST
    @Path("/{id}/assign")
    @RolesAllowed({"supervisor", "admin", "agent", "integration"})
    public Response assign(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid Assign request) {
        return withEtag(tickets.assign(caller.tenantId(), id, TicketView.versionFrom(ifMatch), caller.actor(),
                request.owner()));
    }

    @POST
    @Path("/{id}/surveys")
    public Response survey(@PathParam("id") UUID id, @NotNull @Valid TicketRequests.Survey request) {
        Ticket ticket = tickets.recordSurvey(caller.tenantId(), id, caller.actor(),
                request.rating() == TicketRequests.Rating.DSAT);
        return withEtag(ticket);
    }

    @GET
    @Path("/{id}/audit")
    @Transactional
    public List<AuditView> audit(@PathParam("id") UUID id) {
        Ticket ticket = tickets.get(caller.tenantId(), id);
        return AuditEntry.of(ticket.id).stream().map(AuditView::of).toList();
    }

    private static Response withEtag(Ticket ticket) {
        return Response.ok(TicketView.of(ticket)).header("ETag", TicketView.etag(ticket)).build();
    }
}
