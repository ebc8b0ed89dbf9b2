package dev.opsdesk.routing.api;

import dev.opsdesk.routing.domain.RoutingTenant;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.service.RuleService;
import dev.opsdesk.routing.service.TenantSetup;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Setup", description = "A tenant's routing from a template, and its settings (alert thresholds, end of day)")
public class SetupResource {

    private final TenantSetup setup;
    private final RuleService rules;
    private final CallerTenant caller;

    SetupResource(TenantSetup setup, RuleService rules, CallerTenant caller) {
        this.setup = setup;
        this.rules = rules;
        this.caller = caller;
    }

    public record SetupRequest(@NotBlank String template) {
    }

    public record TenantView(String tenantId, String template, int templateVersion, TenantSettings settings) {
        static TenantView of(RoutingTenant t) {
            return new TenantView(t.tenantId, t.templateId, t.templateVersion, t.settings);
        }
    }

    @POST
    @Path("/setup")
    @RolesAllowed("admin")
    @Operation(summary = "Set the caller's tenant up from a routing template (default, crazysales, zalora, ozon, festival)",
            description = "Copies the template's settings, groups, roles and holders, agents, rules, calendars and SLA"
                    + " policies; a tenant routing hears of before that uses the default template.")
    public Response setUp(@NotNull @Valid SetupRequest body) {
        return Response.status(201).entity(TenantView.of(setup.setUp(caller.tenantId(), body.template()))).build();
    }

    @GET
    @Path("/settings")
    @RolesAllowed({"supervisor", "admin", "director"})
    @Operation(summary = "The tenant's routing settings")
    public TenantView settings() {
        return TenantView.of(rules.tenant(caller.tenantId()));
    }

    @PUT
    @Path("/settings")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Replace the tenant's routing settings (spike thresholds A28/A29, end of day A32, R116, R117)")
    public TenantView putSettings(@NotNull TenantSettings body) {
        return TenantView.of(rules.putSettings(caller.tenantId(), body));
    }
}
