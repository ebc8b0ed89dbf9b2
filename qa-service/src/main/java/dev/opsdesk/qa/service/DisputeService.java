package dev.opsdesk.qa.service;

import dev.opsdesk.qa.domain.Conflict;
import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.dispute.Dispute;
import dev.opsdesk.qa.domain.dispute.DisputeStep;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.EvaluationReview;
import dev.opsdesk.qa.domain.evaluation.ItemChange;
import dev.opsdesk.qa.domain.evaluation.Result;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Disputes: the agent whose interaction was evaluated proposes new results with a comment; a
 * reviewer accepts (the evaluation gets a new revision with them) or rejects. History is kept.
 */
@ApplicationScoped
public class DisputeService {

    private final EvaluationStore store;
    private final Clock clock;

    DisputeService(EvaluationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public Dispute open(String tenantId, String agent, UUID evaluationId, Map<String, Result> proposals, String comment) {
        Evaluation evaluation = Evaluation.inTenant(tenantId, evaluationId)
                .filter(e -> agent.equals(e.agentId))
                .orElseThrow(() -> new NotFound("No evaluation " + evaluationId + " of yours"));
        if (Dispute.openFor(evaluationId)) {
            throw new Conflict("Evaluation " + evaluationId + " already has an open dispute");
        }
        Instant now = clock.instant();
        Dispute dispute = Dispute.open(evaluation, agent, proposals, comment, now);
        dispute.persist();
        DisputeStep.of(dispute.id, "OPENED", agent, comment, now).persist();
        return dispute;
    }

    @Transactional
    public Dispute decide(String tenantId, String reviewer, UUID id, boolean accept, String comment) {
        Dispute dispute = get(tenantId, id, null);
        Instant now = clock.instant();
        if (!accept) {
            dispute.reject(reviewer, comment, now);
            DisputeStep.of(dispute.id, "REJECTED", reviewer, comment, now).persist();
            return dispute;
        }
        List<ItemChange> changes = dispute.accept(reviewer, comment, now);
        Evaluation evaluation = Evaluation.inTenant(tenantId, dispute.evaluationId).orElseThrow();
        Scorecard card = store.scorecardOf(evaluation);
        EvaluationReview.Reviewed reviewed = EvaluationReview.apply(card, evaluation.channel, evaluation.items(), changes);
        Evaluation.Revised revised = evaluation.revise(card, reviewed.items(), reviewer,
                new Evaluation.Cause("DISPUTE", reviewer, "dispute " + dispute.id + ": " + dispute.comment,
                        reviewed.changes()), now);
        store.save(evaluation, revised, List.of());
        store.reviewed(evaluation);
        dispute.resultingRevision = evaluation.revision;
        DisputeStep.of(dispute.id, "ACCEPTED", reviewer, comment, now).persist();
        return dispute;
    }

    /** A dispute the caller may see: agents only their own. */
    @Transactional
    public Dispute get(String tenantId, UUID id, String agentOnly) {
        return Dispute.inTenant(tenantId, id).filter(d -> agentOnly == null || agentOnly.equals(d.agentId))
                .orElseThrow(() -> new NotFound("No dispute " + id));
    }
}
