package dev.opsdesk.qa.service;

import dev.opsdesk.qa.domain.ReviewableInteraction;
import dev.opsdesk.qa.domain.autoqa.AutoQa;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.evaluation.AutoQaFlagged;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.EvaluationForm;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Provenance;
import dev.opsdesk.qa.domain.evaluation.RecordedFinding;
import dev.opsdesk.qa.domain.profile.QaProfile;
import dev.opsdesk.qa.domain.profile.TenantSettings;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * AutoQA on an interaction: runs the checks its scorecard asks for, pre-fills the interaction's
 * evaluation (AUTO items; a reviewer's SCORED items are kept) and stores the findings, publishing
 * each new revision and each new defect — all in one transaction.
 */
@ApplicationScoped
public class AutoQaService {

    private final ConversationAssembler assembler;
    private final EvaluationStore store;
    private final Clock clock;

    AutoQaService(ConversationAssembler assembler, EvaluationStore store, Clock clock) {
        this.assembler = assembler;
        this.store = store;
        this.clock = clock;
    }

    /** A fresh form for an interaction, pre-filled by AutoQA as of now. */
    public record Prefill(List<ItemResult> items, List<Finding> findings, String agentId, boolean noReplyClosure) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void run(ReviewableInteraction interaction) {
        Optional<TenantSettings> settings = TenantSettings.of(interaction.tenantId);
        if (settings.isEmpty()) {
            return; // the tenant has no QA set up
        }
        QaProfile profile = settings.get().profile();
        Evaluation existing = Evaluation.ofInteraction(interaction.tenantId, interaction.ticketId).orElse(null);
        String channel = existing != null ? existing.channel
                : profile.channel(interaction.channel).map(QaProfile.ChannelMapping::scorecardChannel).orElse(null);
        Optional<ScorecardVersion> version = existing != null
                ? ScorecardVersion.exact(existing.tenantId, existing.scorecardId, existing.scorecardVersion)
                : ScorecardVersion.latest(interaction.tenantId, profile.defaultScorecard());
        if (channel == null || version.isEmpty() || !version.get().definition().hasChannel(channel)) {
            return; // a channel the tenant does not evaluate
        }
        Scorecard card = version.get().definition();
        Prefill prefill = prefill(interaction, profile, card, channel, existing == null ? null : existing.items());
        Instant now = clock.instant();
        Evaluation evaluation = existing != null ? existing
                : Evaluation.open(interaction.ticketId, interaction.tenantId, channel, interaction.channel, card.id(),
                version.get().version, Evaluation.AUTO, prefill.agentId(), null, now);
        if (evaluation.agentId == null) {
            evaluation.agentId = prefill.agentId();
        }
        Evaluation.Revised revised = existing != null && existing.sameItems(prefill.items()) ? null
                : evaluation.revise(card, prefill.items(), null, new Evaluation.Cause("AUTOQA", "autoqa", null,
                List.of()), now);
        if (!evaluation.isPersistent()) {
            evaluation.persist(); // before its findings, which refer to it
        }
        store.save(evaluation, revised, record(evaluation, card, channel, prefill.findings(), now));
    }

    /**
     * The items AutoQA gives an interaction: the form's defaults (R54, R61, R135), a reviewer's results
     * from {@code current}, and AUTO results from the findings of the checks the scorecard asks for.
     */
    public Prefill prefill(ReviewableInteraction interaction, QaProfile profile, Scorecard card, String channel,
                           List<ItemResult> current) {
        Conversation conversation = assembler.assemble(interaction, profile);
        List<Finding> findings = AutoQa.run(conversation, profile, rulesOf(card, channel));
        List<ItemResult> base = EvaluationForm.blank(card, channel, conversation.noReplyClosure());
        if (current != null) {
            base = keepReviewed(base, current);
        }
        return new Prefill(EvaluationForm.prefilled(card, channel, base, findings), findings, conversation.agentId(),
                conversation.noReplyClosure());
    }

    /** New findings are stored (defects published); those no longer found are superseded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AutoQaFlagged> record(Evaluation evaluation, Scorecard card, String channel, List<Finding> findings,
                                      Instant now) {
        Map<String, RecordedFinding> current = RecordedFinding.current(evaluation.id).stream()
                .collect(Collectors.toMap(f -> f.fingerprint, Function.identity(), (a, b) -> a));
        List<AutoQaFlagged> flagged = new ArrayList<>();
        Set<String> found = new java.util.HashSet<>();
        for (Finding finding : findings) {
            String fingerprint = RecordedFinding.fingerprint(finding);
            if (!found.add(fingerprint) || current.containsKey(fingerprint)) {
                continue;
            }
            RecordedFinding row = RecordedFinding.of(finding, itemOf(card, channel, finding), evaluation, now);
            row.persist();
            if (row.failed()) {
                flagged.add(row.flagged());
            }
        }
        current.forEach((fingerprint, row) -> {
            if (!found.contains(fingerprint)) {
                row.supersededAt = now;
            }
        });
        return flagged;
    }

    static Set<String> rulesOf(Scorecard card, String channel) {
        return card.items().filter(i -> i.appliesTo(channel)).flatMap(i -> i.autoScoreFor(channel).stream())
                .map(Scorecard.AutoScore::rule).collect(Collectors.toSet());
    }

    static String itemOf(Scorecard card, String channel, Finding finding) {
        return card.items().filter(i -> i.autoScoreFor(channel).stream().anyMatch(a -> a.matches(finding.rule(),
                finding.check()))).map(Scorecard.Item::id).findFirst().orElse(null);
    }

    /** A reviewer's results (and scored checklist points) survive a new AutoQA run. */
    private static List<ItemResult> keepReviewed(List<ItemResult> blank, List<ItemResult> current) {
        Map<String, ItemResult> byId = current.stream().collect(Collectors.toMap(ItemResult::itemId, Function.identity()));
        List<ItemResult> items = new ArrayList<>();
        for (ItemResult fresh : blank) {
            ItemResult before = byId.get(fresh.itemId());
            if (before == null || fresh.isDefault()) {
                items.add(fresh);
            } else if (before.provenance() == Provenance.SCORED) {
                items.add(before);
            } else {
                List<ItemResult.SubResult> subs = fresh.subCriteria() == null ? null : fresh.subCriteria().stream()
                        .map(s -> before.sub(s.id()).filter(b -> b.provenance() == Provenance.SCORED).orElse(s))
                        .toList();
                items.add(fresh.with(null, null, subs, before.comment()));
            }
        }
        return items;
    }
}
