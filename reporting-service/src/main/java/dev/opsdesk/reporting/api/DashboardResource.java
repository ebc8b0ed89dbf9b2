package dev.opsdesk.reporting.api;

import dev.opsdesk.reporting.service.DashboardFeed;
import dev.opsdesk.reporting.service.DashboardService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The ops dashboard: a static page that loads without a token, then calls the snapshot and stream
 * endpoints with the bearer token the user gives it (README "Dashboard").
 */
@Path("/")
@Tag(name = "dashboard")
public class DashboardResource {

    private final DashboardService dashboard;
    private final DashboardFeed feed;
    private final CallerTenant caller;

    DashboardResource(DashboardService dashboard, DashboardFeed feed, CallerTenant caller) {
        this.dashboard = dashboard;
        this.feed = feed;
        this.caller = caller;
    }

    @GET
    @Path("/dashboard")
    @Produces(MediaType.TEXT_HTML)
    @PermitAll
    @Operation(summary = "The ops dashboard page (its data calls need a bearer token)")
    public InputStream page() {
        return DashboardResource.class.getResourceAsStream("/dashboard/index.html");
    }

    @GET
    @Path("/api/v1/dashboard/snapshot")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "director", "admin", "qa"})
    @Blocking
    @Operation(summary = "Everything the dashboard shows for the caller's tenant, now")
    public DashboardService.Snapshot snapshot() {
        return dashboard.snapshot(caller.tenantId());
    }

    @GET
    @Path("/api/v1/dashboard/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({"supervisor", "director", "admin", "qa"})
    @Operation(summary = "Server-sent events: a snapshot on connect, after each burst of changes, and periodically")
    public Multi<DashboardService.Snapshot> stream() {
        return feed.snapshots(caller.tenantId());
    }
}
