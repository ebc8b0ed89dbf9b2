package dev.opsdesk.routing.domain.event;

import dev.opsdesk.routing.domain.AssignmentDecision;
import dev.opsdesk.routing.domain.Fallback;
import dev.opsdesk.routing.domain.Outcome;
import dev.opsdesk.routing.domain.Strategy;
import dev.opsdesk.routing.domain.Trigger;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Data of routing.assignment-decided. {@code ownerBefore} (optional, added to the schema) is the
 * owner routing believed the ticket had: ticket-service skips a decision whose premise is stale.
 */
public record AssignmentDecided(UUID eventId, UUID decisionId, UUID ticketId, String tenantId, Trigger trigger,
                                Outcome outcome, String agentId, String groupId, String ruleId, String ruleName,
                                String roleId, Strategy strategy, List<Fallback> fallbacksTried, String explanation,
                                String ownerBefore, String decidedBy, Instant decidedAt) implements RoutingEvent {

    public static final String TYPE = "routing.assignment-decided";

    public static AssignmentDecided of(AssignmentDecision d) {
        return new AssignmentDecided(UUID.randomUUID(), d.decisionId, d.ticketId, d.tenantId, d.trigger, d.outcome,
                d.agentId, d.groupId, d.ruleId, d.ruleName, d.roleId, d.strategy, List.copyOf(d.fallbacks),
                d.explanation, d.ownerBefore, d.decidedBy, d.decidedAt);
    }

    @Override
    public UUID aggregateId() {
        return ticketId;
    }

    @Override
    public Instant occurredAt() {
        return decidedAt;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
