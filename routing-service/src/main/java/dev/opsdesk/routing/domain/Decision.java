package dev.opsdesk.routing.domain;

import java.util.List;

/** What the routing engine chose for one ticket, with its explanation; storage is the caller's. */
public record Decision(Outcome outcome, String agentId, String groupId, String ruleId, String ruleName, String roleId,
                       Strategy strategy, List<Fallback> fallbacksTried, String explanation) {

    public boolean assigned() {
        return outcome == Outcome.ASSIGNED;
    }

    public static Decision assigned(String agentId, String groupId, RoutingRule rule, String roleId,
                                    Strategy strategy, List<Fallback> tried, String explanation) {
        return new Decision(Outcome.ASSIGNED, agentId, groupId, rule == null ? null : rule.ruleId,
                rule == null ? null : rule.name, roleId, strategy, List.copyOf(tried), explanation);
    }

    public static Decision queued(String groupId, RoutingRule rule, List<Fallback> tried, String explanation) {
        return new Decision(Outcome.QUEUED, null, groupId, rule == null ? null : rule.ruleId,
                rule == null ? null : rule.name, null, Strategy.NONE, List.copyOf(tried), explanation);
    }
}
