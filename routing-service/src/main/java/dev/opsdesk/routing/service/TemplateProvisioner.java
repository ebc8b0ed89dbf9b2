package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RoutingRule;
import dev.opsdesk.routing.domain.RoutingTenant;
import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentGroup;
import dev.opsdesk.routing.domain.people.RoleHolder;
import dev.opsdesk.routing.domain.people.RoutingRole;
import dev.opsdesk.routing.domain.template.RoutingTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/** Copies a template into a tenant's own rows: from then on the tenant's copy is what routing reads. */
@ApplicationScoped
public class TemplateProvisioner {

    private final Definitions definitions;

    TemplateProvisioner(Definitions definitions) {
        this.definitions = definitions;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingTenant provision(String tenantId, RoutingTemplate template, Instant now) {
        RoutingTenant tenant = new RoutingTenant();
        tenant.tenantId = tenantId;
        tenant.templateId = template.id();
        tenant.templateVersion = template.version();
        tenant.settings = template.settings();
        tenant.createdAt = now;
        tenant.persist();
        template.groups().forEach(g -> AgentGroup.of(tenantId, g.id(), g.name(), g.strategy()).persist());
        template.agents().forEach(a -> definitions.applyAgent(Agent.create(tenantId, a.id(), a.name(), now), a)
                .persist());
        for (RoutingTemplate.RoleDef role : template.roles()) {
            RoutingRole.of(tenantId, role.id(), role.name()).persist();
            role.holders().forEach(h -> RoleHolder.of(tenantId, role.id(), h.agent(), h.scope(), h.from(), h.until())
                    .persist());
        }
        template.rules().forEach(r -> {
            RoutingRule rule = new RoutingRule();
            rule.id = java.util.UUID.randomUUID();
            rule.tenantId = tenantId;
            definitions.applyRule(rule, r).persist();
        });
        template.calendars().forEach(c -> definitions.newCalendar(tenantId, c).persist());
        template.slaPolicies().forEach(p -> definitions.newPolicy(tenantId, p).persist());
        return tenant;
    }
}
