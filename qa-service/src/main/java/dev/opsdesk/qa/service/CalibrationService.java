package dev.opsdesk.qa.service;

import dev.opsdesk.qa.domain.NotFound;
import dev.opsdesk.qa.domain.ReviewableInteraction;
import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.domain.calibration.Alignment;
import dev.opsdesk.qa.domain.calibration.CalibrationSession;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.EvaluationForm;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Calibration sessions: reviewers score the same interactions blind (only the form's defaults are
 * pre-filled, not AutoQA), each on their own CALIBRATION evaluation; the session reports each
 * reviewer's alignment with the consensus.
 */
@ApplicationScoped
public class CalibrationService {

    private final ConversationAssembler assembler;
    private final EvaluationStore store;
    private final Clock clock;

    CalibrationService(ConversationAssembler assembler, EvaluationStore store, Clock clock) {
        this.assembler = assembler;
        this.store = store;
        this.clock = clock;
    }

    public record NewSession(String name, String scorecardId, List<UUID> ticketIds, List<String> reviewers,
                             String referenceReviewer) {
    }

    @Transactional
    public CalibrationSession open(String tenantId, String actor, NewSession request) {
        QaProfile profile = profile(tenantId);
        String scorecardId = request.scorecardId() != null ? request.scorecardId() : profile.defaultScorecard();
        ScorecardVersion version = ScorecardVersion.latest(tenantId, scorecardId).orElseThrow(() ->
                new RuleViolation("validation-failed", null, "scorecardId", "No scorecard " + scorecardId));
        Scorecard card = version.definition();
        List<CalibrationSession.Interaction> interactions = new ArrayList<>();
        for (UUID ticketId : new LinkedHashSet<>(request.ticketIds())) {
            ReviewableInteraction interaction = ReviewableInteraction.inTenant(tenantId, ticketId)
                    .orElseThrow(() -> new NotFound("No interaction for ticket " + ticketId));
            String channel = Evaluation.ofInteraction(tenantId, ticketId).map(e -> e.channel)
                    .orElseGet(() -> profile.channel(interaction.channel)
                            .map(QaProfile.ChannelMapping::scorecardChannel).orElse(null));
            if (channel == null || !card.hasChannel(channel)) {
                throw new RuleViolation("validation-failed", null, "ticketIds",
                        "Ticket " + ticketId + " is not on a channel of scorecard " + card.id());
            }
            String agent = assembler.assemble(interaction, profile).agentId();
            interactions.add(new CalibrationSession.Interaction(ticketId, channel, interaction.channel, agent));
        }
        List<String> reviewers = request.reviewers() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.reviewers()));
        CalibrationSession session = CalibrationSession.open(tenantId, request.name(), card.id(), version.version,
                reviewers, request.referenceReviewer(), interactions, actor, clock.instant());
        session.persist();
        return session;
    }

    /** A reviewer's scores for one interaction of the session (again: a new revision of theirs). */
    @Transactional
    public Evaluation score(String tenantId, String reviewer, UUID sessionId, UUID ticketId, List<ItemChange> items) {
        CalibrationSession session = get(tenantId, sessionId);
        CalibrationSession.Interaction interaction = session.toScore(ticketId, reviewer);
        Scorecard card = ScorecardVersion.exact(tenantId, session.scorecardId, session.scorecardVersion).orElseThrow()
                .definition();
        Instant now = clock.instant();
        Evaluation evaluation = Evaluation.find("calibrationId = ?1 and ticketId = ?2 and reviewerId = ?3",
                sessionId, ticketId, reviewer).<Evaluation>firstResultOptional().orElse(null);
        if (evaluation == null) {
            ReviewableInteraction row = ReviewableInteraction.inTenant(tenantId, ticketId).orElseThrow();
            boolean noReply = assembler.assemble(row, profile(tenantId)).noReplyClosure();
            evaluation = Evaluation.open(ticketId, tenantId, interaction.channel(), interaction.tenantChannel(), card.id(),
                    session.scorecardVersion, Evaluation.CALIBRATION, interaction.agentId(), sessionId, now);
            evaluation.itemsJson = dev.opsdesk.qa.domain.Json.write(EvaluationForm.blank(card, interaction.channel(), noReply));
        }
        EvaluationReview.Reviewed reviewed = EvaluationReview.apply(card, evaluation.channel, evaluation.items(), items);
        Evaluation.Revised revised = evaluation.revise(card, reviewed.items(), reviewer,
                new Evaluation.Cause("CALIBRATION", reviewer, null, reviewed.changes()), now);
        store.save(evaluation, revised, List.of());
        return evaluation;
    }

    @Transactional
    public CalibrationSession get(String tenantId, UUID id) {
        return CalibrationSession.inTenant(tenantId, id).orElseThrow(() -> new NotFound("No calibration session " + id));
    }

    @Transactional
    public Alignment alignment(CalibrationSession session) {
        List<Evaluation> evaluations = Evaluation.list("calibrationId = ?1 order by createdAt", session.id);
        return Alignment.of(evaluations, session.referenceReviewer);
    }

    @Transactional
    public CalibrationSession close(String tenantId, UUID id) {
        CalibrationSession session = get(tenantId, id);
        session.close(clock.instant());
        return session;
    }

    private static QaProfile profile(String tenantId) {
        return TenantSettings.of(tenantId).map(TenantSettings::profile).orElseThrow(() ->
                new RuleViolation("qa-not-set-up", null, "(tenant)", "QA is not set up for this tenant"));
    }
}
