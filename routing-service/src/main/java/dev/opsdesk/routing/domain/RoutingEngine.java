package dev.opsdesk.routing.domain;

import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentGroup;
import dev.opsdesk.routing.domain.people.RoleHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Chooses an owner for one ticket: the tenant's rules in priority order, each rule's fallback chain
 * in order, a target only when the agent is available and within capacity; otherwise the ticket
 * waits in a queue. Pure: everything it needs is in the ticket, the settings, the rules and the
 * directory.
 */
public final class RoutingEngine {

    private RoutingEngine() {
    }

    /** A target that yielded an agent, and how. */
    private record Pick(Agent agent, Strategy strategy, String roleId) {
    }

    public static Decision decide(RoutedTicket ticket, TenantSettings settings, List<RoutingRule> rules,
                                  RoutingDirectory directory, Set<String> excluded) {
        List<Fallback> tried = new ArrayList<>();
        if (settings.awaitClassification() && !classified(ticket, settings)) {
            // R117: a case is delegated only with its case type and case reason set
            return Decision.queued(settings.defaultGroup(), null, tried,
                    "Waits in " + settings.defaultGroup() + " until its case type and case reason are set (R117).");
        }
        for (RoutingRule rule : rules) {
            if (!rule.enabled || !rule.conditions.matches(ticket, settings.caseTypes())) {
                continue;
            }
            if (!rule.effectiveAt(directory.now())) {
                tried.add(new Fallback("rule:" + rule.ruleId, SkipReason.RULE_NOT_EFFECTIVE, null));
                continue;
            }
            return followChain(ticket, settings, rule, directory, excluded, tried);
        }
        return unmatched(ticket, settings, directory, excluded, tried);
    }

    /** R117: case type and case reason are both known. */
    public static boolean classified(RoutedTicket ticket, TenantSettings settings) {
        return ticket.caseType(settings.caseTypes()) != null && ticket.caseReason != null
                && !ticket.caseReason.isBlank();
    }

    /** The first rule that matches and is in force, without looking at availability (R114: would it be delegated?). */
    public static Optional<RoutingRule> matchingRule(RoutedTicket ticket, TenantSettings settings,
                                                     List<RoutingRule> rules, java.time.Instant at) {
        return rules.stream()
                .filter(r -> r.enabled && r.effectiveAt(at) && r.conditions.matches(ticket, settings.caseTypes()))
                .findFirst();
    }

    private static Decision followChain(RoutedTicket ticket, TenantSettings settings, RoutingRule rule,
                                        RoutingDirectory directory, Set<String> excluded, List<Fallback> tried) {
        String home = rule.queueGroup != null ? rule.queueGroup : settings.defaultGroup();
        for (RuleTarget target : rule.targets) {
            Optional<Pick> pick = pick(target, ticket, rule.requiredSkillList(), directory, excluded, tried);
            if (pick.isPresent()) {
                Pick p = pick.get();
                String group = target.group() != null ? target.group() : home;
                return Decision.assigned(p.agent().agentId, group, rule, p.roleId(), p.strategy(), tried,
                        "Rule " + rule.label() + " matched; " + skipped(tried) + assignedText(p, target) + ".");
            }
        }
        return Decision.queued(home, rule, tried, "Rule " + rule.label() + " matched; " + skipped(tried)
                + "no target is available, so it waits in " + home + ".");
    }

    private static Decision unmatched(RoutedTicket ticket, TenantSettings settings, RoutingDirectory directory,
                                      Set<String> excluded, List<Fallback> tried) {
        String home = settings.defaultGroup();
        if (settings.unmatched() == TenantSettings.Unmatched.QUEUE) {
            return Decision.queued(home, null, tried, "No rule matches; " + skipped(tried)
                    + "it stays in " + home + " for an agent to accept (R123).");
        }
        RuleTarget target = RuleTarget.ofGroup(home);
        Optional<Pick> pick = pick(target, ticket, List.of(), directory, excluded, tried);
        if (pick.isPresent()) {
            return Decision.assigned(pick.get().agent().agentId, home, null, null, pick.get().strategy(), tried,
                    "No rule matches; " + skipped(tried) + assignedText(pick.get(), target) + ".");
        }
        return Decision.queued(home, null, tried, "No rule matches and no member of " + home
                + " is available; it waits in the queue.");
    }

    private static Optional<Pick> pick(RuleTarget target, RoutedTicket ticket, List<String> skills,
                                       RoutingDirectory directory, Set<String> excluded, List<Fallback> tried) {
        if (target.role() != null) {
            return pickHolder(target, ticket, skills, directory, excluded, tried);
        }
        if (target.agent() != null) {
            Optional<Agent> agent = directory.agent(target.agent());
            if (agent.isEmpty()) {
                tried.add(new Fallback(target.describe(), SkipReason.UNKNOWN_AGENT, target.agent()));
                return Optional.empty();
            }
            return available(agent.get(), target, null, ticket, skills, directory, excluded, tried)
                    .map(a -> new Pick(a, Strategy.DIRECT, null));
        }
        Optional<AgentGroup> group = directory.group(target.group());
        if (group.isEmpty()) {
            tried.add(new Fallback(target.describe(), SkipReason.UNKNOWN_GROUP, null));
            return Optional.empty();
        }
        Optional<Agent> member = GroupPick.pick(group.get(), ticket, skills, directory, excluded);
        if (member.isEmpty()) {
            tried.add(new Fallback(target.describe(), SkipReason.NO_ELIGIBLE_MEMBER, null));
        }
        return member.map(a -> new Pick(a, group.get().strategy, null));
    }

    /** A30: the role's current holder; scoped holders (a festival's liaison) only for their festival. */
    private static Optional<Pick> pickHolder(RuleTarget target, RoutedTicket ticket, List<String> skills,
                                             RoutingDirectory directory, Set<String> excluded, List<Fallback> tried) {
        List<RoleHolder> current = directory.holdersOf(target.role()).stream()
                .filter(h -> h.scope == null || h.scope.equalsIgnoreCase(ticket.store)
                        || h.scope.equalsIgnoreCase(ticket.senderDomain))
                .sorted((a, b) -> Boolean.compare(a.scope == null, b.scope == null)) // scoped first
                .toList();
        if (current.isEmpty()) {
            tried.add(new Fallback(target.describe(), SkipReason.NO_HOLDER, null));
            return Optional.empty();
        }
        for (RoleHolder holder : current) {
            Optional<Agent> agent = directory.agent(holder.agentId);
            if (agent.isEmpty()) {
                tried.add(new Fallback(target.describe(), SkipReason.UNKNOWN_AGENT, holder.agentId));
                continue;
            }
            Optional<Agent> ok = available(agent.get(), target, holder.agentId, ticket, skills, directory, excluded,
                    tried);
            if (ok.isPresent()) {
                return Optional.of(new Pick(ok.get(), Strategy.DIRECT, target.role()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Agent> available(Agent agent, RuleTarget target, String behind, RoutedTicket ticket,
                                             List<String> skills, RoutingDirectory directory, Set<String> excluded,
                                             List<Fallback> tried) {
        Optional<SkipReason> reason = excluded.contains(agent.agentId) ? Optional.of(SkipReason.EXCLUDED)
                : directory.ineligibility(agent, ticket.channel, skills);
        if (reason.isPresent()) {
            tried.add(new Fallback(target.describe(), reason.get(), behind != null ? behind : agent.agentId));
            return Optional.empty();
        }
        return Optional.of(agent);
    }

    private static String skipped(List<Fallback> tried) {
        return tried.isEmpty() ? "" : "skipped " + tried.stream().map(Fallback::describe)
                .collect(Collectors.joining(", ")) + "; ";
    }

    private static String assignedText(Pick pick, RuleTarget target) {
        return switch (pick.strategy()) {
            case DIRECT -> "assigned directly to " + pick.agent().agentId
                    + (pick.roleId() != null ? " as holder of role " + pick.roleId() : "");
            case ROUND_ROBIN -> "assigned by round robin in " + target.group() + " to " + pick.agent().agentId;
            default -> "assigned to the least loaded member of " + target.group() + ", " + pick.agent().agentId;
        };
    }
}
