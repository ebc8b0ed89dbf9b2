package dev.opsdesk.qa.service;

import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.QaEvent;
import dev.opsdesk.qa.domain.ReviewableInteraction;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardVersion;
import dev.opsdesk.qa.messaging.out.OutboxWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Stores an evaluation's revision and its events in the caller's transaction (transactional outbox). */
@ApplicationScoped
public class EvaluationStore {

    private final OutboxWriter outbox;

    EvaluationStore(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void save(Evaluation evaluation, Evaluation.Revised revised, List<? extends QaEvent> more) {
        if (!evaluation.isPersistent()) {
            evaluation.persist();
        }
        List<QaEvent> events = new ArrayList<>();
        if (revised != null) {
            revised.revision().persist();
            events.add(revised.event());
        }
        events.addAll(more);
        if (!events.isEmpty()) {
            outbox.append(events);
        }
    }

    /** A reviewer's revision marks the interaction reviewed (the summary counts the others). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reviewed(Evaluation evaluation) {
        ReviewableInteraction.inTenant(evaluation.tenantId, evaluation.ticketId)
                .ifPresent(i -> i.reviewState = ReviewableInteraction.REVIEWED);
    }

    /** The scorecard version an evaluation keeps. */
    public Scorecard scorecardOf(Evaluation evaluation) {
        return ScorecardVersion.exact(evaluation.tenantId, evaluation.scorecardId, evaluation.scorecardVersion)
                .orElseThrow(() -> new NotFound("Scorecard " + evaluation.scorecardId + " v" + evaluation.scorecardVersion))
                .definition();
    }
}
