package dev.opsdesk.qa.domain.evaluation;

import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A reviewer's results applied to an evaluation: the named items become SCORED. A default-yes item
 * cannot be scored (R54, R135); changing an AutoQA result needs a reason (kept in the history); an
 * item result that contradicts its checklist is refused (A13). Nothing is applied when one fails.
 */
public final class EvaluationReview {

    private EvaluationReview() {
    }

    public record Reviewed(List<ItemResult> items, List<Change> changes) {
    }

    public static Reviewed apply(Scorecard card, String channel, List<ItemResult> current, List<ItemChange> requested) {
        Map<String, ItemResult> items = new LinkedHashMap<>();
        current.forEach(i -> items.put(i.itemId(), i));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            ItemChange change = requested.get(i);
            String path = "items[" + i + "]";
            ItemResult before = items.get(change.itemId());
            if (before == null) {
                throw new RuleViolation("validation-failed", null, path + ".itemId", "'" + change.itemId()
                        + "' is not an item of scorecard " + card.id() + " on channel " + channel);
            }
            if (before.isDefault()) {
                throw new RuleViolation("default-yes-item", before.defaultRule(), path + ".itemId", "Item "
                        + change.itemId() + " is default yes on this evaluation (" + before.defaultRule() + ") and is not scored");
            }
            Scorecard.Item item = card.item(change.itemId()).orElseThrow();
            List<ItemResult.SubResult> subs = subs(item, channel, before, change, path, changes);
            Result derived = ItemResult.derived(subs);
            if (change.result() != null && derived != null && change.result() != derived) {
                throw new RuleViolation("checklist-mismatch", null, path + ".result", "Item " + change.itemId()
                        + " is " + change.result() + " but its checklist says " + derived + " (A13)");
            }
            Result after = change.result() != null ? change.result() : derived;
            if (after == null && change.subCriteria() == null) {
                throw new RuleViolation("validation-failed", null, path + ".result", "result or subCriteria is required");
            }
            overrideNeedsReason(before.provenance(), before.result(), after, change.reason(), path);
            if (!Objects.equals(before.result(), after) || before.provenance() != Provenance.SCORED) {
                changes.add(new Change(item.id(), null, before.result(), before.provenance(), after,
                        after == null ? null : Provenance.SCORED, blankToNull(change.reason())));
            }
            String comment = change.comment() != null ? change.comment() : before.comment();
            items.put(item.id(), before.with(after, Provenance.SCORED, subs, comment));
        }
        return new Reviewed(List.copyOf(items.values()), changes);
    }

    private static List<ItemResult.SubResult> subs(Scorecard.Item item, String channel, ItemResult before,
                                                   ItemChange change, String path, List<Change> changes) {
        if (change.subCriteria() == null || change.subCriteria().isEmpty()) {
            return before.subCriteria();
        }
        List<String> known = item.subCriteriaFor(channel).stream().map(Scorecard.SubCriterion::id).toList();
        for (String id : change.subCriteria().keySet()) {
            if (!known.contains(id)) {
                throw new RuleViolation("validation-failed", null, path + ".subCriteria." + id, "'" + id
                        + "' is not a sub-criterion of item " + item.id() + " on channel " + channel + " " + known);
            }
        }
        List<ItemResult.SubResult> subs = new ArrayList<>();
        for (String id : known) {
            ItemResult.SubResult old = before.sub(id).orElse(new ItemResult.SubResult(id, null, null));
            Result wanted = change.subCriteria().get(id);
            if (wanted == null) {
                subs.add(old);
                continue;
            }
            overrideNeedsReason(old.provenance(), old.result(), wanted, change.reason(), path + ".subCriteria." + id);
            if (wanted != old.result() || old.provenance() != Provenance.SCORED) {
                changes.add(new Change(item.id(), id, old.result(), old.provenance(), wanted, Provenance.SCORED,
                        blankToNull(change.reason())));
            }
            subs.add(new ItemResult.SubResult(id, wanted, Provenance.SCORED));
        }
        return subs;
    }

    /** A47: an AutoQA result may be overridden, with a reason the history keeps. */
    private static void overrideNeedsReason(Provenance provenance, Result before, Result after, String reason,
                                            String path) {
        if (provenance == Provenance.AUTO && before != null && before != after && (reason == null || reason.isBlank())) {
            throw new RuleViolation("override-reason-required", null, path + ".reason",
                    "Changing AutoQA's " + before + " to " + after + " needs a reason");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
