package dev.opsdesk.qa.domain.dispute;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.opsdesk.qa.domain.Conflict;
import dev.opsdesk.qa.domain.Json;
import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.ItemChange;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Result;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agent's dispute of their evaluation: new results proposed for some items with a mandatory
 * comment. A reviewer accepts it (the evaluation is revised with the proposals) or rejects it;
 * every step is kept in {@link DisputeStep}.
 */
@Entity
@Table(name = "dispute")
public class Dispute extends PanacheEntityBase {

    public static final String OPEN = "OPEN";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";

    private static final TypeReference<List<Proposal>> PROPOSALS = new TypeReference<>() {
    };

    /** A proposed result for one item, with the result it had when the dispute was opened. */
    public record Proposal(String itemId, Result current, Result proposed) {
    }

    @Id
    public UUID id;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(name = "evaluation_id", nullable = false)
    public UUID evaluationId;
    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;
    @Column(name = "agent_id", nullable = false)
    public String agentId;
    @Column(name = "disputed_revision", nullable = false)
    public int disputedRevision;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "proposals", nullable = false, columnDefinition = "jsonb")
    public String proposalsJson;
    @Column(nullable = false)
    public String comment;
    @Column(nullable = false)
    public String state;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decision_comment")
    public String decisionComment;
    @Column(name = "resulting_revision")
    public Integer resultingRevision;
    @Version
    public long version;

    /** Opens a dispute of {@code evaluation}; the proposals must name scored items and change them. */
    public static Dispute open(Evaluation evaluation, String agent, Map<String, Result> proposed, String comment,
                               Instant now) {
        if (Evaluation.CALIBRATION.equals(evaluation.kind)) {
            throw new RuleViolation("not-disputable", null, "evaluationId", "Calibration evaluations are not disputed");
        }
        Map<String, ItemResult> items = evaluation.items().stream()
                .collect(Collectors.toMap(ItemResult::itemId, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<Proposal> proposals = proposed.entrySet().stream().map(p -> {
            ItemResult item = items.get(p.getKey());
            String field = "items." + p.getKey();
            if (item == null) {
                throw new RuleViolation("validation-failed", null, field, "'" + p.getKey() + "' is not an item of this evaluation");
            }
            if (item.isDefault()) {
                throw new RuleViolation("default-yes-item", item.defaultRule(), field, "Item " + p.getKey() + " is default yes");
            }
            if (p.getValue() == item.result() || !seen.add(p.getKey())) {
                throw new RuleViolation("validation-failed", null, field, "The proposal does not change item " + p.getKey());
            }
            return new Proposal(p.getKey(), item.result(), p.getValue());
        }).toList();
        Dispute dispute = new Dispute();
        dispute.id = UUID.randomUUID();
        dispute.tenantId = evaluation.tenantId;
        dispute.evaluationId = evaluation.id;
        dispute.ticketId = evaluation.ticketId;
        dispute.agentId = agent;
        dispute.disputedRevision = evaluation.revision;
        dispute.proposalsJson = Json.write(proposals);
        dispute.comment = comment;
        dispute.state = OPEN;
        dispute.createdAt = now;
        return dispute;
    }

    public List<Proposal> proposals() {
        return Json.read(proposalsJson, PROPOSALS);
    }

    /** The item changes an accepted dispute makes, each with the dispute as its reason. */
    public List<ItemChange> accept(String reviewer, String decision, Instant now) {
        decide(ACCEPTED, reviewer, decision, now);
        String reason = "Dispute " + id + " accepted" + (decision == null || decision.isBlank() ? "" : ": " + decision);
        return proposals().stream().map(p -> new ItemChange(p.itemId(), p.proposed(), null, null, reason)).toList();
    }

    public void reject(String reviewer, String decision, Instant now) {
        if (decision == null || decision.isBlank()) {
            throw new RuleViolation("validation-failed", null, "comment", "A rejection needs a comment for the agent");
        }
        decide(REJECTED, reviewer, decision, now);
    }

    private void decide(String outcome, String reviewer, String decision, Instant now) {
        if (!OPEN.equals(state)) {
            throw new Conflict("Dispute " + id + " is already " + state);
        }
        state = outcome;
        decidedBy = reviewer;
        decidedAt = now;
        decisionComment = decision;
    }

    public static Optional<Dispute> inTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static boolean openFor(UUID evaluationId) {
        return count("evaluationId = ?1 and state = ?2", evaluationId, OPEN) > 0;
    }
}
