package dev.opsdesk.routing.domain;

import java.time.Instant;
import java.util.UUID;

/** Moves a ticket as a decision says and keeps the directory's loads in step (one place for both). */
public final class Assignments {

    private Assignments() {
    }

    public static void apply(RoutedTicket ticket, Decision decision, UUID decisionId, TenantSettings settings,
                             RoutingDirectory directory, Instant now) {
        if (ticket.takesCapacity(settings)) {
            directory.released(ticket.ownerId, ticket.channel);
        }
        if (decision.assigned()) {
            ticket.assignTo(decision.agentId(), decision.groupId(), decisionId, now);
            directory.assigned(decision.agentId(), ticket.channel);
            directory.agent(decision.agentId()).ifPresent(a -> a.lastAssignedAt = now);
            if (decision.strategy() == Strategy.ROUND_ROBIN) {
                directory.group(decision.groupId()).ifPresent(g -> g.lastAgentId = decision.agentId());
            }
        } else {
            ticket.queueIn(decision.groupId(), decisionId);
        }
    }
}
