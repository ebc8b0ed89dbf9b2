package dev.opsdesk.qa.domain.evaluation;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.scorecard.AutoMode;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.List;

/**
 * The items of an evaluation on one channel: a fresh form (default yes pre-scored, R54, R61, R135)
 * and AutoQA's pre-fill of the items its findings decide (provenance AUTO). A reviewer's result is
 * never overwritten by AutoQA.
 */
public final class EvaluationForm {

    private EvaluationForm() {
    }

    /** Items that apply to {@code channel}; default-yes ones are Y (DEFAULT), the rest unscored. */
    public static List<ItemResult> blank(Scorecard card, String channel, boolean noReplyClosure) {
        List<ItemResult> items = new ArrayList<>();
        for (Scorecard.Section section : card.sections()) {
            for (Scorecard.Item item : section.items()) {
                if (!item.appliesTo(channel)) {
                    continue;
                }
                String defaultRule = item.defaultYesIn(channel) ? "R54"                 // R54, R61: the form's cell
                        : noReplyClosure && item.defaultYesOnNoReply() ? "R135" : null;  // R135: no reply sent
                List<ItemResult.SubResult> subs = defaultRule != null ? null
                        : item.subCriteriaFor(channel).stream()
                        .map(s -> new ItemResult.SubResult(s.id(), null, null)).toList();
                items.add(new ItemResult(item.id(), section.id(), item.severity(),
                        defaultRule == null ? null : Result.Y, defaultRule == null ? null : Provenance.DEFAULT,
                        defaultRule, subs == null || subs.isEmpty() ? null : subs, null));
            }
        }
        return items;
    }

    /**
     * AutoQA's results: items and sub-criteria decided by a reviewer or by default keep them; the rest
     * are recomputed from {@code findings} (a FAIL makes N; a PASS makes Y where the rule may say so).
     */
    public static List<ItemResult> prefilled(Scorecard card, String channel, List<ItemResult> current,
                                             List<Finding> findings) {
        List<ItemResult> items = new ArrayList<>();
        for (ItemResult result : current) {
            Scorecard.Item item = card.item(result.itemId()).orElse(null);
            if (item == null || result.isDefault() || result.provenance() == Provenance.SCORED) {
                items.add(result);
                continue;
            }
            Result itemLevel = null;
            java.util.Map<String, Result> subDecisions = new java.util.HashMap<>();
            for (Scorecard.AutoScore auto : item.autoScoreFor(channel)) {
                Result decided = decide(auto, findings);
                if (auto.subCriterion() == null) {
                    itemLevel = combine(itemLevel, decided);
                } else {
                    subDecisions.put(auto.subCriterion(), combine(subDecisions.get(auto.subCriterion()), decided));
                }
            }
            List<ItemResult.SubResult> subs = result.subCriteria() == null ? null : result.subCriteria().stream()
                    .map(sub -> sub.provenance() == Provenance.SCORED ? sub : autoSub(sub.id(), subDecisions.get(sub.id())))
                    .toList();
            Result fromSubs = ItemResult.derived(subs);
            Result decided = itemLevel == Result.N || fromSubs == Result.N ? Result.N : subs != null ? fromSubs : itemLevel;
            items.add(result.with(decided, Provenance.AUTO, subs, result.comment()));
        }
        return items;
    }

    private static ItemResult.SubResult autoSub(String id, Result decided) {
        return new ItemResult.SubResult(id, decided, decided == null ? null : Provenance.AUTO);
    }

    private static Result decide(Scorecard.AutoScore auto, List<Finding> findings) {
        List<Finding> matching = findings.stream().filter(f -> auto.matches(f.rule(), f.check())).toList();
        if (matching.stream().anyMatch(Finding::failed)) {
            return Result.N;
        }
        return !matching.isEmpty() && auto.mode() == AutoMode.PASS_AND_FAIL ? Result.Y : null;
    }

    private static Result combine(Result a, Result b) {
        if (a == Result.N || b == Result.N) {
            return Result.N;
        }
        return a != null ? a : b;
    }
}
