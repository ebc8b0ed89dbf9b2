package dev.opsdesk.qa.domain.scorecard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A scorecard definition (§2.2 QAForm/QAItem): sections of items, each with its severity, question
 * and criteria per channel in every language of the scorecard, the channels it applies to, the
 * channels where it is "default yes", its sub-criteria checklist (A13) and the AutoQA rules that
 * pre-fill it. Stored as versioned JSONB; an edit is a new version.
 */
public record Scorecard(
        String id,
        Map<String, String> name,
        List<String> languages,
        List<Channel> channels,
        ScoreFormula formula,
        List<Section> sections) {

    /** A channel column of the form (e.g. WET_TICKET labelled "WET TICKET", A15). */
    public record Channel(String code, String label) {
    }

    /** A11: how CE and N-A items affect the score. */
    public record ScoreFormula(Boolean ceZeroesScore, Boolean naRescales) {
    }

    public record Section(String id, Map<String, String> title, List<Item> items) {
    }

    public record Item(
            String id,
            Severity severity,
            Double weight,
            Map<String, String> question,
            List<Criterion> criteria,
            List<String> appliesTo,
            List<String> defaultYes,
            Boolean defaultYesOnNoReplyClosure,
            List<SubCriterion> subCriteria,
            List<AutoScore> autoScore,
            String source) {

        public double weightOrOne() {
            return weight == null ? 1.0 : weight;
        }

        public boolean appliesTo(String channel) {
            return appliesTo.contains(channel);
        }

        public boolean defaultYesIn(String channel) {
            return defaultYes != null && defaultYes.contains(channel);
        }

        public boolean defaultYesOnNoReply() {
            return Boolean.TRUE.equals(defaultYesOnNoReplyClosure);
        }

        public Optional<Criterion> criterion(String channel) {
            return criteria == null ? Optional.empty()
                    : criteria.stream().filter(c -> c.channels().contains(channel)).findFirst();
        }

        public List<SubCriterion> subCriteriaFor(String channel) {
            return subCriteria == null ? List.of()
                    : subCriteria.stream().filter(s -> s.channels().contains(channel)).toList();
        }

        public List<AutoScore> autoScoreFor(String channel) {
            return autoScore == null ? List.of()
                    : autoScore.stream().filter(a -> a.channels().contains(channel)).toList();
        }
    }

    /** The criteria text of one or more channels (cells that are the same share one entry). */
    public record Criterion(List<String> channels, Map<String, String> text) {
    }

    /** One point of an item's checklist (A13); the item is met when all its points for the channel are. */
    public record SubCriterion(String id, Map<String, String> text, List<String> channels) {
    }

    /**
     * An AutoQA rule that pre-fills this item (or one of its sub-criteria) on some channels;
     * {@code check} narrows a rule with several checks (R79: further-help, closing).
     */
    public record AutoScore(String rule, String check, List<String> channels, String subCriterion, AutoMode sets) {

        public boolean matches(String findingRule, String findingCheck) {
            return rule.equals(findingRule) && (check == null || check.equals(findingCheck));
        }

        public AutoMode mode() {
            return sets == null ? AutoMode.PASS_AND_FAIL : sets;
        }
    }

    public Stream<Item> items() {
        return sections.stream().flatMap(s -> s.items().stream());
    }

    public Optional<Item> item(String itemId) {
        return items().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public Optional<Section> sectionOf(String itemId) {
        return sections.stream().filter(s -> s.items().stream().anyMatch(i -> i.id().equals(itemId))).findFirst();
    }

    public boolean hasChannel(String code) {
        return channels.stream().anyMatch(c -> c.code().equals(code));
    }

    /** Every rule id the scorecard's items are pre-filled by. */
    public java.util.Set<String> autoRules() {
        java.util.Set<String> rules = new java.util.TreeSet<>();
        items().forEach(i -> {
            if (i.autoScore() != null) {
                i.autoScore().forEach(a -> rules.add(a.rule()));
            }
        });
        return rules;
    }
}
