package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutingTenant;
import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentGroup;
import dev.opsdesk.routing.domain.people.RoutingRole;
import dev.opsdesk.routing.domain.sla.BusinessHours;
import dev.opsdesk.routing.domain.template.TemplateChecks;
import java.util.List;
import java.util.stream.Collectors;

/** The ids a tenant's definitions may refer to, as they are stored now. */
final class KnownIds {

    private KnownIds() {
    }

    static TemplateChecks.Known of(String tenantId) {
        return new TemplateChecks.Known(
                AgentGroup.ofTenant(tenantId).stream().map(g -> g.groupId).collect(Collectors.toSet()),
                RoutingRole.ofTenant(tenantId).stream().map(r -> r.roleId).collect(Collectors.toSet()),
                Agent.ofTenant(tenantId).stream().map(a -> a.agentId).collect(Collectors.toSet()),
                BusinessHours.ofTenant(tenantId).stream().map(c -> c.calendarId).collect(Collectors.toSet()),
                RoutingTenant.<RoutingTenant>findByIdOptional(tenantId).map(t -> t.settings.caseTypes())
                        .orElse(List.of()));
    }
}
