package dev.opsdesk.routing.service;

import dev.opsdesk.routing.domain.RuleConditions;
import dev.opsdesk.routing.domain.RoutingRule;
import dev.opsdesk.routing.domain.StatusCategory;
import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.sla.BusinessHours;
import dev.opsdesk.routing.domain.sla.SlaPolicy;
import dev.opsdesk.routing.domain.template.RoutingTemplate.AgentDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.CalendarDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.RuleDef;
import dev.opsdesk.routing.domain.template.RoutingTemplate.SlaPolicyDef;
import dev.opsdesk.routing.domain.template.TemplateChecks;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

/** Turns checked definitions (template entries, API bodies) into the tenant's entities. */
@ApplicationScoped
public class Definitions {

    public Agent applyAgent(Agent agent, AgentDef def) {
        if (def.name() != null) {
            agent.displayName = def.name();
        }
        agent.groups = def.groups() == null ? new String[0] : def.groups().toArray(String[]::new);
        agent.skills = def.skills() == null ? new String[0] : def.skills().toArray(String[]::new);
        agent.capacity = def.capacity() == null ? new HashMap<>() : new HashMap<>(def.capacity());
        agent.timeZone = def.timeZone() == null ? "UTC" : def.timeZone();
        return agent;
    }

    public RoutingRule applyRule(RoutingRule rule, RuleDef def) {
        rule.ruleId = def.id();
        rule.name = def.name();
        rule.priority = def.priority();
        rule.conditions = def.when() == null ? RuleConditions.ANY : def.when();
        rule.targets = new ArrayList<>(def.assignTo());
        rule.queueGroup = def.queueGroup();
        rule.requiredSkills = def.requiredSkills() == null ? new String[0] : def.requiredSkills().toArray(String[]::new);
        rule.effectiveFrom = def.effectiveFrom();
        rule.effectiveUntil = def.effectiveUntil();
        rule.enabled = def.enabled() == null || def.enabled();
        rule.domainRule = def.rule();
        rule.note = def.note();
        return rule;
    }

    public BusinessHours newCalendar(String tenantId, CalendarDef def) {
        BusinessHours calendar = new BusinessHours();
        calendar.id = UUID.randomUUID();
        calendar.tenantId = tenantId;
        return applyCalendar(calendar, def);
    }

    public BusinessHours applyCalendar(BusinessHours calendar, CalendarDef def) {
        calendar.calendarId = def.id();
        calendar.zone = def.zone();
        calendar.hours = new HashMap<>(def.hours());
        calendar.holidays = def.holidays() == null ? new LocalDate[0] : def.holidays().toArray(LocalDate[]::new);
        return calendar;
    }

    public SlaPolicy newPolicy(String tenantId, SlaPolicyDef def) {
        SlaPolicy policy = new SlaPolicy();
        policy.id = UUID.randomUUID();
        policy.tenantId = tenantId;
        policy.version = 1;
        return applyPolicy(policy, def);
    }

    public SlaPolicy applyPolicy(SlaPolicy policy, SlaPolicyDef def) {
        policy.policyId = def.id();
        policy.name = def.name();
        policy.channels = strings(def.channels());
        policy.priorities = strings(def.priorities());
        policy.targets = new EnumMap<>(def.targets());
        policy.calendarId = def.calendar();
        policy.warnBeforeSeconds = TemplateChecks.warnBefore(def).toSeconds();
        policy.pausingCategories = categories(def.pausing());
        policy.pendingUpdateCategories = categories(def.pendingUpdate());
        policy.escalation = def.escalation();
        policy.domainRule = def.rule();
        return policy;
    }

    private static String[] strings(List<String> values) {
        return values == null ? new String[0] : values.toArray(String[]::new);
    }

    private static String[] categories(List<StatusCategory> values) {
        return values == null ? new String[0] : values.stream().map(Enum::name).toArray(String[]::new);
    }
}
