package dev.opsdesk.reporting.api;

import dev.opsdesk.reporting.service.ReadModelRebuild;
import dev.opsdesk.reporting.service.RebuildState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Rebuild of the caller's tenant's read models from the topics (README "Rebuild"). */
@Path("/api/v1/admin/read-models/rebuild")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "admin")
public class AdminResource {

    private final ReadModelRebuild rebuild;
    private final CallerTenant caller;

    AdminResource(ReadModelRebuild rebuild, CallerTenant caller) {
        this.rebuild = rebuild;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Deletes the tenant's read models and replays all topics from the beginning (202)")
    public Response start() {
        String tenant = caller.tenantId();
        if (!rebuild.start(tenant)) {
            throw new ProblemException(Problem.of("rebuild-running", "A rebuild is running", 409,
                    "A rebuild of this tenant's read models is already running; GET this resource for its progress"));
        }
        return Response.accepted(rebuild.status(tenant)).build();
    }

    @GET
    @Operation(summary = "State of the last rebuild: NEVER, RUNNING, DONE or FAILED, with the events applied")
    public RebuildState.Status status() {
        return rebuild.status(caller.tenantId());
    }
}
