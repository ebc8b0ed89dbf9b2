package dev.opsdesk.routing.api;

import dev.opsdesk.routing.domain.TicketState;
import dev.opsdesk.routing.service.Delegation;
import dev.opsdesk.routing.service.TicketQueries;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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

@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queues and decisions", description = "Waiting tickets, delegation from the support queue, decisions explained")
public class RoutingQueueResource {

    private final TicketQueries queries;
    private final Delegation delegation;
    private final CallerTenant caller;

    RoutingQueueResource(TicketQueries queries, Delegation delegation, CallerTenant caller) {
        this.queries = queries;
        this.delegation = delegation;
        this.caller = caller;
    }

    public record QueueSummary(long awaitingAssignment) {
    }

    public record Override(List<String> rules, String reason) {
    }

    public record AcceptRequest(@NotEmpty List<@NotNull UUID> ticketIds, Override override) {
    }

    public record DelegateRequest(String agentId, Override override) {
    }

    public record TicketDecisionView(UUID ticketId, TicketState state, String ownerId, String groupId,
                                     boolean mergeOwned, boolean responded, Views.DecisionView decision,
                                     List<Views.DecisionView> history) {
    }

    /** Tickets of the caller's tenant that routing knows and has not assigned yet. */
    @GET
    @Path("/queue")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "How many tickets wait for an owner")
    public QueueSummary queue() {
        return new QueueSummary(queries.awaitingAssignment(caller.tenantId()));
    }

    @GET
    @Path("/queues/{groupId}/tickets")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "Tickets waiting in a group queue, in drain order (priority, then age)")
    public List<Views.QueuedTicketView> queued(@PathParam("groupId") String groupId,
                                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        return queries.queued(caller.tenantId(), groupId, limit).stream().map(Views.QueuedTicketView::of).toList();
    }

    @POST
    @Path("/queues/{groupId}/accept")
    @RolesAllowed({"agent", "supervisor"})
    @Operation(summary = "Accept the remaining support-queue cases into the caller's personal queue",
            description = "R123: allowed for cases no delegation rule takes. R114: accepting cases the rules delegate"
                    + " to someone else (to reassign them) is refused. R116 (warn): acknowledge a volume alert first,"
                    + " or override it with a reason.")
    public List<Views.DecisionView> accept(@PathParam("groupId") String groupId, @NotNull @Valid AcceptRequest body) {
        return delegation.accept(caller.tenantId(), self(), groupId, body.ticketIds(), override(body.override()))
                .stream().map(Views.DecisionView::of).toList();
    }

    @POST
    @Path("/tickets/{ticketId}/delegate")
    @RolesAllowed({"agent", "supervisor", "admin"})
    @Operation(summary = "Delegate a case from the support queue to an agent, or by the tenant's rules",
            description = "R114: not from a personal queue. R117: the case type and case reason must be set. R116"
                    + " (warn): acknowledge a volume alert first. Never to an offline or out-of-office agent.")
    public Views.DecisionView delegate(@PathParam("ticketId") UUID ticketId, @Valid DelegateRequest body) {
        DelegateRequest request = body == null ? new DelegateRequest(null, null) : body;
        var event = delegation.delegate(caller.tenantId(), self(), ticketId, request.agentId(),
                override(request.override()));
        return Views.DecisionView.of(event);
    }

    @GET
    @Path("/tickets/{ticketId}/decision")
    @RolesAllowed({"agent", "supervisor", "admin", "director", "integration"})
    @Operation(summary = "Explain routing's latest decision about a ticket (rule, fallbacks tried and why, strategy)",
            description = "history lists every decision, oldest first.")
    public TicketDecisionView decision(@PathParam("ticketId") UUID ticketId) {
        TicketQueries.TicketDecisions d = queries.decisions(caller.tenantId(), ticketId);
        List<Views.DecisionView> history = d.decisions().stream().map(Views.DecisionView::of).toList();
        return new TicketDecisionView(ticketId, d.ticket().state, d.ticket().ownerId, d.ticket().groupId,
                d.ticket().mergeOwned, d.ticket().responded, history.get(history.size() - 1), history);
    }

    private Delegation.Caller self() {
        return new Delegation.Caller(caller.userId(), caller.actsAsAgent());
    }

    private static Delegation.Override override(Override o) {
        return o == null ? null : new Delegation.Override(o.rules(), o.reason());
    }
}
