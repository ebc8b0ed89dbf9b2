package dev.opsdesk.routing.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored routing decision: GET /api/v1/routing/tickets/{id}/decision explains it. */
@Entity
@Table(name = "assignment_decision")
public class AssignmentDecision extends PanacheEntityBase {

    @Id
    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Trigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Outcome outcome;

    @Column(name = "agent_id")
    public String agentId;

    @Column(name = "group_id")
    public String groupId;

    @Column(name = "rule_id")
    public String ruleId;

    @Column(name = "rule_name")
    public String ruleName;

    @Column(name = "role_id")
    public String roleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Strategy strategy;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public List<Fallback> fallbacks = new ArrayList<>();

    @Column(nullable = false)
    public String explanation;

    /** The owner routing believed the ticket had; ticket-service skips the decision when it differs. */
    @Column(name = "owner_before")
    public String ownerBefore;

    /** The user who delegated or accepted, for manual decisions. */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at", nullable = false)
    public Instant decidedAt;

    /** Insertion order (several decisions may share an instant). */
    @Column(insertable = false, updatable = false)
    public Long seq;

    public static AssignmentDecision of(RoutedTicket ticket, Decision decision, Trigger trigger, String decidedBy,
                                        Instant now) {
        AssignmentDecision row = new AssignmentDecision();
        row.decisionId = UUID.randomUUID();
        row.tenantId = ticket.tenantId;
        row.ticketId = ticket.ticketId;
        row.trigger = trigger;
        row.outcome = decision.outcome();
        row.agentId = decision.agentId();
        row.groupId = decision.groupId();
        row.ruleId = decision.ruleId();
        row.ruleName = decision.ruleName();
        row.roleId = decision.roleId();
        row.strategy = decision.strategy();
        row.fallbacks = new ArrayList<>(decision.fallbacksTried());
        row.explanation = decision.explanation();
        row.ownerBefore = ticket.ownerId;
        row.decidedBy = decidedBy;
        row.decidedAt = now;
        return row;
    }

    public static Optional<AssignmentDecision> latest(UUID ticketId) {
        return find("ticketId = ?1 order by seq desc", ticketId).firstResultOptional();
    }

    public static List<AssignmentDecision> history(UUID ticketId) {
        return list("ticketId = ?1 order by seq", ticketId);
    }
}
