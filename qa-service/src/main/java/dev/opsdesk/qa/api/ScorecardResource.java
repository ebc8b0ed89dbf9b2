package dev.opsdesk.qa.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.qa.api.ScorecardViews.ScorecardSummary;
import dev.opsdesk.qa.api.ScorecardViews.ScorecardView;
import dev.opsdesk.qa.api.ScorecardViews.SettingsView;
import dev.opsdesk.qa.api.ScorecardViews.TemplateView;
import dev.opsdesk.qa.api.ScorecardViews.VersionSummary;
import dev.opsdesk.qa.config.ShippedTemplates;
import dev.opsdesk.qa.domain.scorecard.ScorecardVersion;
import dev.opsdesk.qa.service.QaSetup;
import dev.opsdesk.qa.service.ScorecardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Scorecards as versioned documents (see qa-service/README.md, "Scorecard format"), the shipped
 * templates a tenant installs, and the tenant's QA settings. Admins manage; everyone reads.
 */
@Path("/api/v1/scorecards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Scorecards", description = "Versioned scorecards, QA templates and the tenant's QA settings")
public class ScorecardResource {

    private final ScorecardService scorecards;
    private final QaSetup setup;
    private final ShippedTemplates templates;
    private final CallerTenant caller;

    ScorecardResource(ScorecardService scorecards, QaSetup setup, ShippedTemplates templates, CallerTenant caller) {
        this.scorecards = scorecards;
        this.setup = setup;
        this.templates = templates;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Operation(summary = "The tenant's scorecards (newest version of each)")
    public List<ScorecardSummary> list() {
        return scorecards.list(caller.tenantId()).stream().map(ScorecardSummary::of).toList();
    }

    @POST
    @RolesAllowed("admin")
    @Operation(summary = "Create a scorecard (version 1); the body is a scorecard definition")
    public Response create(JsonNode definition) {
        ScorecardVersion created = scorecards.create(caller.tenantId(), definition, caller.actor());
        return Response.created(URI.create("/api/v1/scorecards/" + created.scorecardId))
                .tag(String.valueOf(created.version)).entity(ScorecardView.of(created)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Operation(summary = "The newest version of a scorecard; its ETag is the version")
    public Response get(@PathParam("id") String id) {
        ScorecardVersion latest = scorecards.latest(caller.tenantId(), id);
        return Response.ok(ScorecardView.of(latest)).tag(String.valueOf(latest.version)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Edit a scorecard: stores the next version (If-Match: <version> refuses a stale edit)")
    public Response edit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, JsonNode definition) {
        ScorecardVersion edited = scorecards.edit(caller.tenantId(), id, definition, version(ifMatch), caller.actor());
        return Response.ok(ScorecardView.of(edited)).tag(String.valueOf(edited.version)).build();
    }

    @GET
    @Path("/{id}/versions")
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Operation(summary = "Every version of a scorecard")
    public List<VersionSummary> versions(@PathParam("id") String id) {
        return scorecards.versions(caller.tenantId(), id).stream().map(VersionSummary::of).toList();
    }

    @GET
    @Path("/{id}/versions/{version}")
    @RolesAllowed({"agent", "qa", "supervisor", "admin", "director"})
    @Operation(summary = "One version of a scorecard (evaluations name the version they use)")
    public ScorecardView version(@PathParam("id") String id, @PathParam("version") String version) {
        return ScorecardView.of(scorecards.version(caller.tenantId(), id, positive(version)));
    }

    @GET
    @Path("/templates")
    @RolesAllowed({"qa", "supervisor", "admin"})
    @Operation(summary = "The QA templates shipped with the service (CrazySales, Zalora, Ozon)")
    public List<TemplateView> templates() {
        return templates.ids().stream().map(id -> templates.find(id).orElseThrow()).map(t -> new TemplateView(
                t.profile().id(), t.profile().displayName(), t.profile().languages(),
                List.copyOf(t.scorecards().keySet()))).toList();
    }

    @POST
    @Path("/templates/{templateId}/install")
    @RolesAllowed("admin")
    @Operation(summary = "Set up QA for the tenant from a template: its settings and scorecards (version 1)")
    public Response install(@PathParam("templateId") String templateId) {
        SettingsView installed = SettingsView.of(setup.install(caller.tenantId(), templateId, caller.actor()));
        return Response.created(URI.create("/api/v1/scorecards/settings")).entity(installed).build();
    }

    @GET
    @Path("/settings")
    @RolesAllowed({"qa", "supervisor", "admin"})
    @Operation(summary = "The tenant's QA settings: channel map, languages, phrase sets, rule data")
    public Response settings() {
        SettingsView settings = SettingsView.of(setup.settings(caller.tenantId()));
        return Response.ok(settings).tag(String.valueOf(settings.version())).build();
    }

    @PUT
    @Path("/settings")
    @RolesAllowed("admin")
    @Operation(summary = "Replace the tenant's QA settings (the body is the settings document)")
    public SettingsView replaceSettings(@HeaderParam("If-Match") String ifMatch, JsonNode settings) {
        Integer expected = version(ifMatch);
        return SettingsView.of(setup.replace(caller.tenantId(), settings, expected == null ? null : expected.longValue(),
                caller.actor()));
    }

    private static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        return positive(ifMatch.replace("\"", "").replace("W/", "").trim());
    }

    private static int positive(String value) {
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadRequestException("'" + value + "' is not a version number");
    }
}
