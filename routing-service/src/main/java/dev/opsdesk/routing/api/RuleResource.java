package dev.opsdesk.routing.api;

import dev.opsdesk.routing.domain.template.RoutingTemplate.GroupDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.RoleDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.RuleDef;
import dev.opsdesk.routing.service.RuleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "Priority-ordered routing rules with fallback chains, groups, and roles with holders (A30)")
public class RuleResource {

    private final RuleService rules;
    private final CallerTenant caller;

    RuleResource(RuleService rules, CallerTenant caller) {
        this.rules = rules;
        this.caller = caller;
    }

    @GET
    @Path("/rules")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "The tenant's rules in the order they are tried")
    public List<RuleDef> list() {
        return rules.rules(caller.tenantId()).stream().map(Views::rule).toList();
    }

    @GET
    @Path("/rules/{ruleId}")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "One rule")
    public RuleDef get(@PathParam("ruleId") String ruleId) {
        return Views.rule(rules.rule(caller.tenantId(), ruleId));
    }

    @PUT
    @Path("/rules/{ruleId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Create or replace a rule",
            description = "when: caseTypes, caseReasons, channels, stores, topics (path prefixes), subjectKeywords"
                    + " (whole words); assignTo: the fallback chain of {role}, {agent} or {group}; effectiveFrom and"
                    + " effectiveUntil bound when it applies.")
    public RuleDef put(@PathParam("ruleId") String ruleId, @NotNull RuleDef body) {
        return Views.rule(rules.putRule(caller.tenantId(), ruleId, body));
    }

    @DELETE
    @Path("/rules/{ruleId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Delete a rule")
    public Response delete(@PathParam("ruleId") String ruleId) {
        rules.deleteRule(caller.tenantId(), ruleId);
        return Response.noContent().build();
    }

    @GET
    @Path("/groups")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "Group queues and their strategy (round robin or least loaded)")
    public List<GroupDef> groups() {
        return rules.groups(caller.tenantId()).stream().map(g -> new GroupDef(g.groupId, g.name, g.strategy)).toList();
    }

    @PUT
    @Path("/groups/{groupId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Create or replace a group queue")
    public GroupDef putGroup(@PathParam("groupId") String groupId, @NotNull GroupDef body) {
        var g = rules.putGroup(caller.tenantId(), groupId, body);
        return new GroupDef(g.groupId, g.name, g.strategy);
    }

    @GET
    @Path("/roles")
    @RolesAllowed({"agent", "supervisor", "admin", "director"})
    @Operation(summary = "Roles rules route to, with their holders over time (A30)")
    public List<RoleDef> roles() {
        return rules.roles(caller.tenantId()).stream().map(Views::role).toList();
    }

    @PUT
    @Path("/roles/{roleId}")
    @RolesAllowed({"supervisor", "admin"})
    @Operation(summary = "Create or replace a role and its holders (agent, scope, from, until)")
    public RoleDef putRole(@PathParam("roleId") String roleId, @NotNull RoleDef body) {
        return Views.role(rules.putRole(caller.tenantId(), roleId, body));
    }
}
