package dev.opsdesk.qa.api;

import dev.opsdesk.qa.service.InteractionIntake;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/qa/interactions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"qa", "supervisor", "admin", "director"})
public class QaInteractionResource {

    private final InteractionIntake intake;
    private final CallerTenant caller;

    QaInteractionResource(InteractionIntake intake, CallerTenant caller) {
        this.intake = intake;
        this.caller = caller;
    }

    /** Interactions of the caller's tenant known to QA and not evaluated yet. */
    @GET
    @Path("/summary")
    public InteractionSummary summary() {
        return new InteractionSummary(intake.awaitingReview(caller.tenantId()));
    }

    public record InteractionSummary(long awaitingReview) {
    }
}
