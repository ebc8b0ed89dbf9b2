package dev.opsdesk.routing.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.routing.domain.FieldProblem;
import dev.opsdesk.routing.domain.InvalidDefinition;
import dev.opsdesk.routing.domain.NotFound;
import dev.opsdesk.routing.domain.RoutingRule;
import dev.opsdesk.routing.domain.RoutingTenant;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.people.AgentGroup;
import dev.opsdesk.routing.domain.people.RoleHolder;
import dev.opsdesk.routing.domain.people.RoutingRole;
import dev.opsdesk.routing.domain.template.RoutingTemplate.GroupDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.HolderDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.RoleDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.RuleDef;
import dev.opsdesk.routing.domain.template.TemplateChecks;
import dev.opsdesk.routing.domain.template.TemplateRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** A tenant's routing rules, groups, roles and settings, managed by supervisors and admins. */
@ApplicationScoped
public class RuleService {

    private final TenantLock lock;
    private final TenantSetup tenants;
    private final Definitions definitions;
    private final AuditLog audit;

    RuleService(TenantLock lock, TenantSetup tenants, Definitions definitions, AuditLog audit) {
        this.lock = lock;
        this.tenants = tenants;
        this.definitions = definitions;
        this.audit = audit;
    }

    @Transactional
    public List<RoutingRule> rules(String tenantId) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        return RoutingRule.ofTenant(tenantId);
    }

    @Transactional
    public RoutingRule rule(String tenantId, String ruleId) {
        return RoutingRule.find(tenantId, ruleId).orElseThrow(() -> new NotFound("No rule " + ruleId + " in this tenant"));
    }

    /** Creates or replaces a rule (conditions, fallback chain, effective dates); it applies to the next decision. */
    @Transactional
    public RoutingRule putRule(String tenantId, String ruleId, RuleDef def) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        RuleDef withId = new RuleDef(ruleId, def.name(), def.priority(), def.when(), def.assignTo(), def.queueGroup(),
                def.requiredSkills(), def.effectiveFrom(), def.effectiveUntil(), def.enabled(), def.rule(), def.note());
        InvalidDefinition.throwIfAny(TemplateChecks.rule("body", withId, KnownIds.of(tenantId)));
        RoutingRule existing = RoutingRule.find(tenantId, ruleId).orElse(null);
        JsonNode before = audit.snapshot(existing);
        RoutingRule rule = existing != null ? existing : new RoutingRule();
        if (existing == null) {
            rule.id = UUID.randomUUID();
            rule.tenantId = tenantId;
        }
        definitions.applyRule(rule, withId).persist();
        audit.record(tenantId, existing == null ? "rule.created" : "rule.updated", "rule", ruleId, before,
                audit.snapshot(rule));
        return rule;
    }

    @Transactional
    public void deleteRule(String tenantId, String ruleId) {
        lock.lock(tenantId);
        RoutingRule rule = rule(tenantId, ruleId);
        audit.record(tenantId, "rule.deleted", "rule", ruleId, audit.snapshot(rule), null);
        rule.delete();
    }

    @Transactional
    public List<AgentGroup> groups(String tenantId) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        return AgentGroup.ofTenant(tenantId);
    }

    @Transactional
    public AgentGroup putGroup(String tenantId, String groupId, GroupDef def) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        GroupDef withId = new GroupDef(groupId, def.name(), def.strategy());
        InvalidDefinition.throwIfAny(TemplateChecks.group("body", withId));
        AgentGroup group = AgentGroup.find(tenantId, groupId).orElse(null);
        JsonNode before = audit.snapshot(group);
        if (group == null) {
            group = AgentGroup.of(tenantId, groupId, def.name(), def.strategy());
            group.persist();
        } else {
            group.name = def.name();
            group.strategy = def.strategy();
        }
        audit.record(tenantId, before == null ? "group.created" : "group.updated", "group", groupId, before,
                audit.snapshot(group));
        return group;
    }

    /** A role and its holders over time (A30); holders are replaced as a whole. */
    public record RoleWithHolders(RoutingRole role, List<RoleHolder> holders) {
    }

    @Transactional
    public List<RoleWithHolders> roles(String tenantId) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        return RoutingRole.ofTenant(tenantId).stream()
                .map(r -> new RoleWithHolders(r, RoleHolder.ofRole(tenantId, r.roleId))).toList();
    }

    @Transactional
    public RoleWithHolders putRole(String tenantId, String roleId, RoleDef def) {
        lock.lock(tenantId);
        tenants.tenant(tenantId);
        RoleDef withId = new RoleDef(roleId, def.name(), def.holders());
        List<FieldProblem> problems = new java.util.ArrayList<>(TemplateRules.holders("body", withId,
                KnownIds.of(tenantId).agents()));
        InvalidDefinition.throwIfAny(problems);
        RoutingRole role = RoutingRole.find(tenantId, roleId).orElse(null);
        JsonNode before = role == null ? null
                : audit.snapshot(new RoleWithHolders(role, RoleHolder.ofRole(tenantId, roleId)));
        if (role == null) {
            role = RoutingRole.of(tenantId, roleId, def.name());
            role.persist();
        } else {
            role.name = def.name();
        }
        RoleHolder.delete("tenantId = ?1 and roleId = ?2", tenantId, roleId);
        for (HolderDef h : def.holders() == null ? List.<HolderDef>of() : def.holders()) {
            RoleHolder.of(tenantId, roleId, h.agent(), h.scope(), h.from(), h.until()).persist();
        }
        RoleWithHolders after = new RoleWithHolders(role, RoleHolder.ofRole(tenantId, roleId));
        audit.record(tenantId, before == null ? "role.created" : "role.updated", "role", roleId, before,
                audit.snapshot(after));
        return after;
    }

    @Transactional
    public RoutingTenant tenant(String tenantId) {
        lock.lock(tenantId);
        return tenants.tenant(tenantId);
    }

    /** Replaces the tenant's settings (thresholds A28/A29, end of day A32, R116, R117 ...). */
    @Transactional
    public RoutingTenant putSettings(String tenantId, TenantSettings settings) {
        lock.lock(tenantId);
        RoutingTenant tenant = tenants.tenant(tenantId);
        InvalidDefinition.throwIfAny(TemplateChecks.settings("body", settings, KnownIds.of(tenantId)));
        JsonNode before = audit.snapshot(tenant.settings);
        tenant.settings = settings;
        audit.record(tenantId, "settings.updated", "settings", tenantId, before, audit.snapshot(settings));
        return tenant;
    }
}
