package dev.opsdesk.qa.api;

import dev.opsdesk.qa.domain.dispute.Dispute;
import dev.opsdesk.qa.domain.dispute.DisputeStep;
import dev.opsdesk.qa.domain.evaluation.Result;
import dev.opsdesk.qa.service.DisputeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Disputes: an agent proposes new results for their evaluation; qa or a supervisor accepts or rejects. */
@Path("/api/v1/disputes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Disputes", description = "Agents dispute their evaluations; reviewers decide; history kept")
public class DisputeResource {

    private static final Set<String> STATES = Set.of(Dispute.OPEN, Dispute.ACCEPTED, Dispute.REJECTED);

    private final DisputeService disputes;
    private final CallerTenant caller;

    DisputeResource(DisputeService disputes, CallerTenant caller) {
        this.disputes = disputes;
        this.caller = caller;
    }

    public enum Decision { ACCEPT, REJECT }

    public record OpenDispute(@NotNull UUID evaluationId,
                              @NotNull @Size(min = 1, max = 50) Map<@NotBlank @Size(max = 40) String, @NotNull Result> items,
                              @NotBlank @Size(max = 4000) String comment) {
    }

    public record Decide(@NotNull Decision decision, @Size(max = 4000) String comment) {
    }

    public record StepView(String action, String actor, String comment, Instant at) {
    }

    public record DisputeView(UUID id, UUID evaluationId, UUID ticketId, String agentId, String state,
                              int disputedRevision, List<Dispute.Proposal> proposals, String comment, Instant createdAt,
                              String decidedBy, Instant decidedAt, String decisionComment, Integer resultingRevision,
                              List<StepView> history) {
        static DisputeView of(Dispute d) {
            return new DisputeView(d.id, d.evaluationId, d.ticketId, d.agentId, d.state, d.disputedRevision,
                    d.proposals(), d.comment, d.createdAt, d.decidedBy, d.decidedAt, d.decisionComment,
                    d.resultingRevision, DisputeStep.of(d.id).stream()
                    .map(s -> new StepView(s.action, s.actor, s.comment, s.at)).toList());
        }
    }

    @POST
    @RolesAllowed("agent")
    @Transactional
    @Operation(summary = "Dispute one of your evaluations: the results you propose and why")
    public Response open(@NotNull @Valid OpenDispute request) {
        Dispute dispute = disputes.open(caller.tenantId(), caller.actor(), request.evaluationId(), request.items(),
                request.comment());
        return Response.created(URI.create("/api/v1/disputes/" + dispute.id)).entity(DisputeView.of(dispute)).build();
    }

    @GET
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Transactional
    @Operation(summary = "Disputes (agents: their own), oldest first, cursor-paged; filter by state, evaluationId")
    public Page<DisputeView> list(@QueryParam("state") String state, @QueryParam("evaluationId") String evaluationId,
                                  @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        if (state != null && !state.isBlank() && !STATES.contains(state)) {
            throw new BadRequestException("state must be one of " + STATES);
        }
        return KeysetQuery.inTenant(caller.tenantId())
                .where("agentId", "agent", caller.ownOnly())
                .where("state", "state", state)
                .where("evaluationId", "evaluation", Page.uuid("evaluationId", evaluationId))
                .page((q, p) -> Dispute.<Dispute>find(q, p), cursor, limit, d -> d.createdAt, d -> d.id, DisputeView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Transactional
    @Operation(summary = "A dispute with its history")
    public DisputeView get(@PathParam("id") UUID id) {
        return DisputeView.of(disputes.get(caller.tenantId(), id, caller.ownOnly()));
    }

    @POST
    @Path("/{id}/decision")
    @RolesAllowed({"qa", "supervisor"})
    @Transactional
    @Operation(summary = "Accept (the evaluation is revised with the proposals) or reject (a comment is required)")
    public DisputeView decide(@PathParam("id") UUID id, @NotNull @Valid Decide request) {
        return DisputeView.of(disputes.decide(caller.tenantId(), caller.actor(), id,
                request.decision() == Decision.ACCEPT, request.comment()));
    }
}
