package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.Ticket;
import dev.opsdesk.ticket.domain.merge.MergeRequest;
import dev.opsdesk.ticket.domain.merge.TicketMerge;
import dev.opsdesk.ticket.service.MergeService;
import dev.opsdesk.ticket.service.TicketService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** §4.5: merge New tickets into this one; undo the latest merge; see related tickets and who answers them. */
@Path("/api/v1/tickets/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({"agent", "supervisor", "admin"})
public class MergeResource {

    private final MergeService merges;
    private final TicketService tickets;
    private final CallerTenant caller;

    MergeResource(MergeService merges, TicketService tickets, CallerTenant caller) {
        this.merges = merges;
        this.tickets = tickets;
        this.caller = caller;
    }

    public record Merge(@NotEmpty @Size(max = 50) List<@NotNull UUID> sources, boolean differentAddressesConfirmed,
                        boolean concernRaisedButUnanswered) {
    }

    public record MergeView(UUID mergeId, List<UUID> sources, TicketView target) {
    }

    /** R46: the related open tickets of the same customer, and whose job it is to merge and answer. */
    public record RelatedView(String responsibleOwner, List<TicketView> tickets) {
    }

    @POST
    @Path("/merge")
    public MergeView merge(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @NotNull @Valid Merge request) {
        TicketMerge merge = merges.merge(caller.tenantId(), id, TicketView.versionFrom(ifMatch), caller.actor(),
                request.sources(), new MergeRequest(request.differentAddressesConfirmed(),
                        request.concernRaisedButUnanswered()));
        return new MergeView(merge.id, List.of(merge.sourceIds), TicketView.of(tickets.get(caller.tenantId(), id)));
    }

    @POST
    @Path("/unmerge")
    @Consumes(MediaType.WILDCARD)
    public MergeView unmerge(@PathParam("id") UUID id) {
        TicketMerge merge = merges.unmerge(caller.tenantId(), id, caller.actor());
        return new MergeView(merge.id, List.of(merge.sourceIds), TicketView.of(tickets.get(caller.tenantId(), id)));
    }

    @GET
    @Path("/related")
    public RelatedView related(@PathParam("id") UUID id) {
        List<Ticket> related = merges.related(caller.tenantId(), id);
        tickets.recordHistoryViewed(caller.tenantId(), id, caller.actor()); // R34
        String responsible = related.stream().filter(t -> t.lastMessageAt != null).findFirst()
                .map(t -> t.ownerId).orElse(null);
        return new RelatedView(responsible, related.stream().map(TicketView::of).toList());
    }
}
