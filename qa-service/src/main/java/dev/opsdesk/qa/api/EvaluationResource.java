package dev.opsdesk.qa.api;

import dev.opsdesk.qa.api.EvaluationRequests.CreateEvaluation;
import dev.opsdesk.qa.api.EvaluationRequests.Revise;
import dev.opsdesk.qa.api.EvaluationViews.EvaluationView;
import dev.opsdesk.qa.api.EvaluationViews.RevisionView;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.EvaluationRevision;
import dev.opsdesk.qa.service.EvaluationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Evaluations of interactions: AutoQA's (kind AUTO), a reviewer's (MANUAL) and calibration ones.
 * qa and supervisor evaluate; agents see only the evaluations of their own interactions.
 */
@Path("/api/v1/evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Evaluations", description = "Scored interactions, AutoQA findings, reviewer overrides and history")
public class EvaluationResource {

    private static final Set<String> KINDS = Set.of(Evaluation.AUTO, Evaluation.MANUAL, Evaluation.CALIBRATION);

    private final EvaluationService evaluations;
    private final CallerTenant caller;

    EvaluationResource(EvaluationService evaluations, CallerTenant caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @POST
    @RolesAllowed({"qa", "supervisor"})
    @Transactional
    @Operation(summary = "Evaluate an interaction: AutoQA pre-fills, the reviewer's items are SCORED")
    public Response create(@NotNull @Valid CreateEvaluation request) {
        Evaluation created = evaluations.create(caller.tenantId(), caller.actor(), new EvaluationService.NewEvaluation(
                request.ticketId(), request.channel(), request.scorecardId(),
                EvaluationRequests.changes(request.items()), request.reason()));
        return Response.created(URI.create("/api/v1/evaluations/" + created.id)).entity(EvaluationView.of(created)).build();
    }

    @GET
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Transactional
    @Operation(summary = "Evaluations, oldest first, cursor-paged; filter by ticketId, agentId, kind, criticalFail")
    public Page<EvaluationView> list(@QueryParam("ticketId") String ticketId, @QueryParam("agentId") String agentId,
                                     @QueryParam("kind") String kind, @QueryParam("criticalFail") String criticalFail,
                                     @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        if (kind != null && !kind.isBlank() && !KINDS.contains(kind)) {
            throw new BadRequestException("kind must be one of " + KINDS);
        }
        if (criticalFail != null && !criticalFail.isBlank() && !criticalFail.equals("true") && !criticalFail.equals("false")) {
            throw new BadRequestException("criticalFail must be true or false");
        }
        String own = caller.ownOnly();
        return KeysetQuery.inTenant(caller.tenantId())
                .where("agentId", "agent", own != null ? own : agentId)
                .where("ticketId", "ticket", Page.uuid("ticketId", ticketId))
                .where("kind", "kind", kind)
                .where("criticalFail", "critical", criticalFail == null || criticalFail.isBlank() ? null
                        : Boolean.valueOf(criticalFail))
                .page((q, p) -> Evaluation.<Evaluation>find(q, p), cursor, limit, e -> e.createdAt, e -> e.id, EvaluationView::of);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Transactional
    @Operation(summary = "An evaluation with its items, provenance and current AutoQA findings")
    public EvaluationView get(@PathParam("id") UUID id) {
        return EvaluationView.of(evaluations.get(caller.tenantId(), id, caller.ownOnly()));
    }

    @POST
    @Path("/{id}/revisions")
    @RolesAllowed({"qa", "supervisor"})
    @Transactional
    @Operation(summary = "Score items or override AutoQA results (a reason is required for an override)")
    public EvaluationView revise(@PathParam("id") UUID id, @NotNull @Valid Revise request) {
        return EvaluationView.of(evaluations.revise(caller.tenantId(), caller.actor(), id, EvaluationRequests.changes(request.items()),
                request.reason()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Transactional
    @Operation(summary = "Every revision of an evaluation: cause, actor, reason and the item changes")
    public List<RevisionView> history(@PathParam("id") UUID id) {
        Evaluation evaluation = evaluations.get(caller.tenantId(), id, caller.ownOnly());
        return EvaluationRevision.history(evaluation.id).stream().map(RevisionView::of).toList();
    }
}
