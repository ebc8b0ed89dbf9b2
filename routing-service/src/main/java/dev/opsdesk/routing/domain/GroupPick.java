package dev.opsdesk.routing.domain;

import dev.opsdesk.routing.domain.people.Agent;
import dev.opsdesk.routing.domain.people.AgentGroup;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The two group strategies: round robin after the previous pick, and least loaded within capacity. */
final class GroupPick {

    private GroupPick() {
    }

    static Optional<Agent> pick(AgentGroup group, RoutedTicket ticket, List<String> skills, RoutingDirectory directory,
                                Set<String> excluded) {
        List<Agent> eligible = new ArrayList<>();
        for (Agent member : directory.membersOf(group.groupId)) {
            if (!excluded.contains(member.agentId)
                    && directory.ineligibility(member, ticket.channel, skills).isEmpty()) {
                eligible.add(member);
            }
        }
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (group.strategy) {
            case ROUND_ROBIN -> roundRobin(eligible, group.lastAgentId);
            default -> leastLoaded(eligible, ticket.channel, directory);
        });
    }

    /** The first eligible member after the one who got the previous ticket, in id order, wrapping round. */
    private static Agent roundRobin(List<Agent> eligible, String previous) {
        if (previous != null) {
            for (Agent agent : eligible) {
                if (agent.agentId.compareTo(previous) > 0) {
                    return agent;
                }
            }
        }
        return eligible.get(0);
    }

    /** The lowest share of capacity in use on this channel; ties go to fewer tickets, then the longest idle. */
    private static Agent leastLoaded(List<Agent> eligible, String channel, RoutingDirectory directory) {
        Comparator<Agent> order = Comparator
                .comparingDouble((Agent a) -> (double) directory.load(a.agentId, channel) / directory.capacity(a, channel))
                .thenComparingInt(a -> directory.load(a.agentId, channel))
                .thenComparing(a -> a.lastAssignedAt == null ? Instant.MIN : a.lastAssignedAt)
                .thenComparing(a -> a.agentId);
        return eligible.stream().min(order).orElseThrow();
    }
}
