package dev.opsdesk.qa.api;

import dev.opsdesk.qa.domain.evaluation.Change;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.EvaluationRevision;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.RecordedFinding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of /api/v1/evaluations. */
public final class EvaluationViews {

    private EvaluationViews() {
    }

    public record ScorecardRef(String id, int version) {
    }

    public record EvaluationView(UUID id, UUID ticketId, String channel, String tenantChannel, ScorecardRef scorecard,
                                 String kind, String agentId, String reviewerId, UUID calibrationId, int revision,
                                 BigDecimal score, BigDecimal scoreWithDefaults, boolean criticalFail, int unscoredItems,
                                 List<ItemResult> items, List<FindingView> findings, Instant createdAt,
                                 Instant updatedAt) {

        static EvaluationView of(Evaluation e) {
            return of(e, RecordedFinding.current(e.id).stream().map(FindingView::of).toList());
        }

        static EvaluationView of(Evaluation e, List<FindingView> findings) {
            return new EvaluationView(e.id, e.ticketId, e.channel, e.tenantChannel,
                    new ScorecardRef(e.scorecardId, e.scorecardVersion), e.kind, e.agentId, e.reviewerId, e.calibrationId,
                    e.revision, e.score, e.scoreWithDefaults, e.criticalFail, e.unscored, e.items(), findings,
                    e.createdAt, e.updatedAt);
        }
    }

    /** An AutoQA finding: its rule, the item it pre-filled and the quoted span (offsets into the message body). */
    public record FindingView(UUID id, String rule, String check, String itemId, String outcome, String language,
                              UUID messageId, UUID noteId, String quote, Integer spanStart, Integer spanEnd,
                              String explanation, Instant flaggedAt) {
        static FindingView of(RecordedFinding f) {
            return new FindingView(f.id, f.rule, f.check, f.itemId, f.outcome, f.language, f.messageId, f.noteId,
                    f.quote, f.spanStart, f.spanEnd, f.explanation, f.flaggedAt);
        }
    }

    public record RevisionView(int revision, String kind, String cause, String actor, String reason, BigDecimal score,
                               BigDecimal scoreWithDefaults, boolean criticalFail, List<Change> changes,
                               Instant createdAt) {
        static RevisionView of(EvaluationRevision r) {
            return new RevisionView(r.revision, r.kind, r.cause, r.actor, r.reason, r.score, r.scoreWithDefaults,
                    r.criticalFail, r.changes(), r.createdAt);
        }
    }
}
