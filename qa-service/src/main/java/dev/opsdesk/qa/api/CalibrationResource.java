package dev.opsdesk.qa.api;

import dev.opsdesk.qa.api.EvaluationRequests.ItemScore;
import dev.opsdesk.qa.api.EvaluationViews.EvaluationView;
import dev.opsdesk.qa.api.EvaluationViews.ScorecardRef;
import dev.opsdesk.qa.domain.calibration.Alignment;
import dev.opsdesk.qa.domain.calibration.CalibrationSession;
import dev.opsdesk.qa.service.CalibrationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Calibration sessions: reviewers score the same interactions; the session reports their alignment. */
@Path("/api/v1/calibrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Calibrations", description = "Several reviewers score the same interactions; alignment per reviewer")
public class CalibrationResource {

    private final CalibrationService calibrations;
    private final CallerTenant caller;

    CalibrationResource(CalibrationService calibrations, CallerTenant caller) {
        this.calibrations = calibrations;
        this.caller = caller;
    }

    public record CreateSession(@NotBlank @Size(max = 200) String name, @Size(min = 2, max = 63) String scorecardId,
                                @NotNull @Size(min = 1, max = 100) List<@NotNull UUID> ticketIds,
                                @Size(max = 50) List<@NotBlank @Size(max = 200) String> reviewers,
                                @Size(max = 200) String referenceReviewer) {
    }

    public record Score(@NotNull UUID ticketId, @NotNull @Size(min = 1, max = 200) List<@Valid @NotNull ItemScore> items) {
    }

    public record SessionView(UUID id, String name, ScorecardRef scorecard, String state, String referenceReviewer,
                              List<String> reviewers, List<CalibrationSession.Interaction> interactions,
                              Alignment alignment, String createdBy, Instant createdAt, Instant closedAt) {
    }

    @POST
    @RolesAllowed({"qa", "supervisor"})
    @Transactional
    @Operation(summary = "Open a session on some interactions (optionally naming the reviewers and a reference reviewer)")
    public Response create(@NotNull @Valid CreateSession request) {
        CalibrationSession session = calibrations.open(caller.tenantId(), caller.actor(), new CalibrationService.NewSession(
                request.name(), request.scorecardId(), request.ticketIds(), request.reviewers(),
                request.referenceReviewer()));
        return Response.created(URI.create("/api/v1/calibrations/" + session.id)).entity(view(session)).build();
    }

    @GET
    @RolesAllowed({"qa", "supervisor", "admin", "director"})
    @Transactional
    @Operation(summary = "Calibration sessions, oldest first, cursor-paged")
    public Page<SessionView> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return KeysetQuery.inTenant(caller.tenantId()).page((q, p) -> CalibrationSession.<CalibrationSession>find(q, p),
                cursor, limit,
                s -> s.createdAt, s -> s.id, this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"qa", "supervisor", "admin", "director"})
    @Transactional
    @Operation(summary = "A session with each reviewer's alignment and the per-item consensus")
    public SessionView get(@PathParam("id") UUID id) {
        return view(calibrations.get(caller.tenantId(), id));
    }

    @POST
    @Path("/{id}/evaluations")
    @RolesAllowed({"qa", "supervisor"})
    @Transactional
    @Operation(summary = "The caller's scores for one interaction of the session (again: a new revision)")
    public EvaluationView score(@PathParam("id") UUID id, @NotNull @Valid Score request) {
        return EvaluationView.of(calibrations.score(caller.tenantId(), caller.actor(), id, request.ticketId(),
                EvaluationRequests.changes(request.items())), List.of());
    }

    @POST
    @Path("/{id}/close")
    @RolesAllowed({"qa", "supervisor"})
    @Transactional
    @Operation(summary = "Close a session: no more scores")
    public SessionView close(@PathParam("id") UUID id) {
        return view(calibrations.close(caller.tenantId(), id));
    }

    private SessionView view(CalibrationSession s) {
        return new SessionView(s.id, s.name, new ScorecardRef(s.scorecardId, s.scorecardVersion), s.state,
                s.referenceReviewer, s.reviewers(), s.interactions(), calibrations.alignment(s), s.createdBy,
                s.createdAt, s.closedAt);
    }
}
