package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.tenant.Tenant;
import dev.opsdesk.ticket.service.TenantService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;

/** Tenants are created from one of the shipped templates (CrazySales, Zalora, Ozon, Festival). */
@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {

    private final TenantService tenants;
    private final CallerTenant caller;

    TenantResource(TenantService tenants, CallerTenant caller) {
        this.tenants = tenants;
        this.caller = caller;
    }

    public record CreateTenant(@NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String id,
                               @NotBlank @Size(max = 200) String name,
                               @NotBlank @Size(max = 64) String template) {
    }

    public record TenantView(String id, String name, String template, int templateVersion, Instant createdAt) {
        static TenantView of(Tenant t) {
            return new TenantView(t.id, t.name, t.templateId, t.templateVersion, t.createdAt);
        }
    }

    @POST
    @RolesAllowed("admin")
    public Response create(@NotNull @Valid CreateTenant request, @Context UriInfo uri) {
        Tenant tenant = tenants.create(request.id(), request.name(), request.template());
        return Response.created(uri.getAbsolutePathBuilder().path(tenant.id).build()).entity(TenantView.of(tenant)).build();
    }

    /** A tenant's own users see their tenant; any other id is not found, as for every id of another tenant. */
    @GET
    @Path("/{id}")
    @RolesAllowed({"agent", "supervisor", "qa", "admin", "integration", "director"})
    public TenantView get(@PathParam("id") String id) {
        if (!id.equals(caller.tenantId())) {
            throw new NotFound("No tenant " + id);
        }
        return TenantView.of(tenants.get(id));
    }
}
