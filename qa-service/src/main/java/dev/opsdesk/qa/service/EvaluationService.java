package dev.opsdesk.qa.service;

import dev.opsdesk.qa.domain.Conflict;
import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.ReviewableInteraction;
import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.EvaluationReview;
import dev.opsdesk.qa.domain.evaluation.ItemChange;
import dev.opsdesk.qa.domain.profile.QaProfile;
import dev.opsdesk.qa.domain.profile.TenantSettings;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Reviewers' evaluations: a new one (pre-filled by AutoQA as of now) and revisions of existing ones. */
@ApplicationScoped
public class EvaluationService {

    private final AutoQaService autoQa;
    private final EvaluationStore store;
    private final Clock clock;

    EvaluationService(AutoQaService autoQa, EvaluationStore store, Clock clock) {
        this.autoQa = autoQa;
        this.store = store;
        this.clock = clock;
    }

    /** What a reviewer sends to evaluate an interaction. */
    public record NewEvaluation(UUID ticketId, String channel, String scorecardId, List<ItemChange> items,
                                String reason) {
    }

    @Transactional
    public Evaluation create(String tenantId, String reviewer, NewEvaluation request) {
        ReviewableInteraction interaction = ReviewableInteraction.inTenant(tenantId, request.ticketId())
                .orElseThrow(() -> new NotFound("No interaction for ticket " + request.ticketId()));
        Evaluation.ofInteraction(tenantId, request.ticketId()).ifPresent(existing -> {
            throw new Conflict("Ticket " + request.ticketId() + " already has evaluation " + existing.id
                    + "; POST /api/v1/evaluations/" + existing.id + "/revisions revises it");
        });
        QaProfile profile = TenantSettings.of(tenantId).map(TenantSettings::profile).orElseThrow(() ->
                new RuleViolation("qa-not-set-up", null, "ticketId", "QA is not set up for this tenant"));
        String channel = request.channel() != null ? request.channel()
                : profile.channel(interaction.channel).map(QaProfile.ChannelMapping::scorecardChannel).orElse(null);
        ScorecardVersion version = ScorecardVersion.latest(tenantId,
                        request.scorecardId() != null ? request.scorecardId() : profile.defaultScorecard())
                .orElseThrow(() -> new RuleViolation("validation-failed", null, "scorecardId",
                        "No scorecard " + request.scorecardId()));
        Scorecard card = version.definition();
        if (channel == null || !card.hasChannel(channel)) {
            throw new RuleViolation("validation-failed", null, "channel", "Channel " + channel + " is not a channel of"
                    + " scorecard " + card.id() + "; name one of its channels");
        }
        AutoQaService.Prefill prefill = autoQa.prefill(interaction, profile, card, channel, null);
        EvaluationReview.Reviewed reviewed = EvaluationReview.apply(card, channel, prefill.items(),
                withReason(request.items(), request.reason()));
        Instant now = clock.instant();
        Evaluation evaluation = Evaluation.open(interaction.ticketId, tenantId, channel, interaction.channel, card.id(),
                version.version, Evaluation.AUTO, prefill.agentId(), null, now);
        Evaluation.Revised revised = evaluation.revise(card, reviewed.items(), reviewer,
                new Evaluation.Cause("REVIEW", reviewer, request.reason(), reviewed.changes()), now);
        evaluation.persist(); // before its findings, which refer to it
        store.save(evaluation, revised, autoQa.record(evaluation, card, channel, prefill.findings(), now));
        store.reviewed(evaluation);
        return evaluation;
    }

    /** A reviewer's revision: scores items, overrides AutoQA results with a reason. */
    @Transactional
    public Evaluation revise(String tenantId, String reviewer, UUID id, List<ItemChange> items, String reason) {
        Evaluation evaluation = Evaluation.inTenant(tenantId, id).orElseThrow(() -> new NotFound("No evaluation " + id));
        if (Evaluation.CALIBRATION.equals(evaluation.kind)) {
            throw new RuleViolation("calibration-evaluation", null, "id",
                    "A calibration evaluation is revised through its session: POST /api/v1/calibrations/"
                            + evaluation.calibrationId + "/evaluations");
        }
        Scorecard card = store.scorecardOf(evaluation);
        EvaluationReview.Reviewed reviewed = EvaluationReview.apply(card, evaluation.channel, evaluation.items(),
                withReason(items, reason));
        if (reviewed.changes().isEmpty()) {
            return evaluation;
        }
        Evaluation.Revised revised = evaluation.revise(card, reviewed.items(), reviewer,
                new Evaluation.Cause("REVIEW", reviewer, reason, reviewed.changes()), clock.instant());
        store.save(evaluation, revised, List.of());
        store.reviewed(evaluation);
        return evaluation;
    }

    /** An evaluation the caller may see: agents only their own (others' answer 404, like other tenants'). */
    @Transactional
    public Evaluation get(String tenantId, UUID id, String agentOnly) {
        return Evaluation.inTenant(tenantId, id)
                .filter(e -> agentOnly == null || agentOnly.equals(e.agentId))
                .orElseThrow(() -> new NotFound("No evaluation " + id));
    }

    /** Item changes without their own reason take the revision's. */
    static List<ItemChange> withReason(List<ItemChange> items, String reason) {
        return items.stream().map(i -> i.reason() != null || reason == null ? i
                : new ItemChange(i.itemId(), i.result(), i.subCriteria(), i.comment(), reason)).toList();
    }
}
