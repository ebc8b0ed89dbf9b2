package dev.opsdesk.routing.domain.template;

import dev.opsdesk.routing.domain.RuleConditions;
import dev.opsdesk.routing.domain.RuleTarget;
import dev.opsdesk.routing.domain.StatusCategory;
import dev.opsdesk.routing.domain.Strategy;
import dev.opsdesk.routing.domain.TenantSettings;
import dev.opsdesk.routing.domain.sla.Escalation;
import dev.opsdesk.routing.domain.sla.MetricTarget;
import dev.opsdesk.routing.domain.sla.SlaMetric;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A tenant's routing as data (src/main/resources/routing-templates/*.yaml): settings, groups,
 * roles with their holders, seed agents, rules, calendars and SLA policies. The same definitions
 * are the bodies of the management API.
 */
public record RoutingTemplate(String id, int version, String displayName, TenantSettings settings,
                              List<GroupDef> groups, List<RoleDef> roles, List<AgentDef> agents, List<RuleDef> rules,
                              List<CalendarDef> calendars, List<SlaPolicyDef> slaPolicies) {

    public record GroupDef(String id, String name, Strategy strategy) {
    }

    public record RoleDef(String id, String name, List<HolderDef> holders) {
    }

    /** A30: who holds a role, from when, until when (exclusive; null = until further notice), for which scope. */
    public record HolderDef(String agent, String scope, Instant from, Instant until) {
    }

    public record AgentDef(String id, String name, List<String> groups, List<String> skills,
                           Map<String, Integer> capacity, String timeZone) {
    }

    public record RuleDef(String id, String name, int priority, RuleConditions when, List<RuleTarget> assignTo,
                          String queueGroup, List<String> requiredSkills, Instant effectiveFrom, Instant effectiveUntil,
                          Boolean enabled, String rule, String note) {
    }

    public record CalendarDef(String id, String zone, Map<String, List<String>> hours, List<LocalDate> holidays) {
    }

    public record SlaPolicyDef(String id, String name, List<String> channels, List<String> priorities,
                               Map<SlaMetric, MetricTarget> targets, String calendar, String warnBefore,
                               List<StatusCategory> pausing, List<StatusCategory> pendingUpdate, Escalation escalation,
                               String rule) {
    }
}
