package dev.opsdesk.qa.domain.scorecard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The consistency rules of one scorecard item (see {@link ScorecardRules}). */
final class ItemRules {

    private ItemRules() {
    }

    static void check(List<String> problems, String path, Scorecard.Item item, Set<String> channels,
                      List<String> languages, Set<String> itemIds, Set<String> knownRules) {
        if (item.id() == null || item.id().isBlank() || !itemIds.add(item.id())) {
            problems.add(path + ".id: missing or repeated");
        }
        if (item.severity() == null) {
            problems.add(path + ".severity: CE or NCE");
        }
        if (item.weight() != null && !(item.weight() > 0 && item.weight() <= 100)) {
            problems.add(path + ".weight: must be above 0 and at most 100");
        }
        ScorecardRules.texts(problems, path + ".question", item.question(), languages);
        if (item.appliesTo() == null || item.appliesTo().isEmpty()) {
            problems.add(path + ".appliesTo: at least one channel");
            return;
        }
        ScorecardRules.channelsIn(problems, path + ".appliesTo", item.appliesTo(), channels, "the scorecard channels");
        Set<String> applies = new HashSet<>(item.appliesTo());
        ScorecardRules.channelsIn(problems, path + ".defaultYes", item.defaultYes(), applies, "appliesTo");
        Set<String> scored = new TreeSet<>(applies);
        if (item.defaultYes() != null) {
            item.defaultYes().forEach(scored::remove);
        }
        criteria(problems, path, item, scored, languages);
        Set<String> subIds = subCriteria(problems, path, item, scored, languages);
        autoScore(problems, path, item, scored, subIds, knownRules);
    }

    /** Every channel that is scored (applies, not default yes) has exactly one criteria cell. */
    private static void criteria(List<String> problems, String path, Scorecard.Item item, Set<String> scored,
                                 List<String> languages) {
        Set<String> covered = new HashSet<>();
        List<Scorecard.Criterion> criteria = item.criteria() == null ? List.of() : item.criteria();
        for (int c = 0; c < criteria.size(); c++) {
            Scorecard.Criterion criterion = criteria.get(c);
            String cPath = path + ".criteria[" + c + "]";
            if (criterion.channels() == null || criterion.channels().isEmpty()) {
                problems.add(cPath + ".channels: at least one channel");
                continue;
            }
            ScorecardRules.channelsIn(problems, cPath + ".channels", criterion.channels(), scored,
                    "the item's scored channels (appliesTo without defaultYes)");
            for (String channel : criterion.channels()) {
                if (!covered.add(channel)) {
                    problems.add(cPath + ".channels: '" + channel + "' already has criteria");
                }
            }
            ScorecardRules.texts(problems, cPath + ".text", criterion.text(), languages);
        }
        for (String channel : scored) {
            if (!covered.contains(channel)) {
                problems.add(path + ".criteria: no criteria text for channel " + channel);
            }
        }
    }

    private static Set<String> subCriteria(List<String> problems, String path, Scorecard.Item item,
                                           Set<String> scored, List<String> languages) {
        Set<String> ids = new HashSet<>();
        List<Scorecard.SubCriterion> subs = item.subCriteria() == null ? List.of() : item.subCriteria();
        for (int s = 0; s < subs.size(); s++) {
            Scorecard.SubCriterion sub = subs.get(s);
            String sPath = path + ".subCriteria[" + s + "]";
            if (sub.id() == null || sub.id().isBlank() || !ids.add(sub.id())) {
                problems.add(sPath + ".id: missing or repeated");
            }
            if (sub.channels() == null || sub.channels().isEmpty()) {
                problems.add(sPath + ".channels: at least one channel");
            } else {
                ScorecardRules.channelsIn(problems, sPath + ".channels", sub.channels(), scored,
                        "the item's scored channels");
            }
            ScorecardRules.texts(problems, sPath + ".text", sub.text(), languages);
        }
        return ids;
    }

    private static void autoScore(List<String> problems, String path, Scorecard.Item item, Set<String> scored,
                                  Set<String> subIds, Set<String> knownRules) {
        List<Scorecard.AutoScore> autos = item.autoScore() == null ? List.of() : item.autoScore();
        for (int a = 0; a < autos.size(); a++) {
            Scorecard.AutoScore auto = autos.get(a);
            String aPath = path + ".autoScore[" + a + "]";
            if (auto.rule() == null || !knownRules.contains(auto.rule())) {
                problems.add(aPath + ".rule: '" + auto.rule() + "' is not an AutoQA rule " + new TreeSet<>(knownRules));
            }
            if (auto.channels() == null || auto.channels().isEmpty()) {
                problems.add(aPath + ".channels: at least one channel");
            } else {
                ScorecardRules.channelsIn(problems, aPath + ".channels", auto.channels(), scored,
                        "the item's scored channels");
            }
            if (auto.subCriterion() != null && !subIds.contains(auto.subCriterion())) {
                problems.add(aPath + ".subCriterion: '" + auto.subCriterion() + "' is not a sub-criterion of this item");
            }
        }
    }
}
