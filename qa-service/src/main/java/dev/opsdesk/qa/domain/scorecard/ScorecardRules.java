package dev.opsdesk.qa.domain.scorecard;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The consistency rules of a scorecard definition, for the shipped files (checked at start-up) and
 * for definitions sent to the API. Each problem reads {@code <path>: <what is wrong>}.
 */
public final class ScorecardRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private ScorecardRules() {
    }

    /** @param knownRules the rule ids AutoQA can produce findings for */
    public static List<String> problems(Scorecard card, Set<String> knownRules) {
        List<String> problems = new ArrayList<>();
        if (card.id() == null || !ID.matcher(card.id()).matches()) {
            problems.add("id: must be 2-63 lower-case letters, digits or '-'");
        }
        List<String> languages = card.languages() == null ? List.of() : card.languages();
        if (languages.isEmpty()) {
            problems.add("languages: at least one language (e.g. en, id, ru)");
        }
        texts(problems, "name", card.name(), languages);
        Set<String> channels = channels(card, problems);
        if (card.formula() == null || card.formula().ceZeroesScore() == null || card.formula().naRescales() == null) {
            problems.add("formula: ceZeroesScore and naRescales are required (A11)");
        }
        if (card.sections() == null || card.sections().isEmpty()) {
            problems.add("sections: at least one section");
            return problems;
        }
        Set<String> itemIds = new HashSet<>();
        Set<String> sectionIds = new HashSet<>();
        for (int s = 0; s < card.sections().size(); s++) {
            Scorecard.Section section = card.sections().get(s);
            String path = "sections[" + s + "]";
            if (section.id() == null || section.id().isBlank() || !sectionIds.add(section.id())) {
                problems.add(path + ".id: missing or repeated");
            }
            texts(problems, path + ".title", section.title(), languages);
            if (section.items() == null || section.items().isEmpty()) {
                problems.add(path + ".items: at least one item");
                continue;
            }
            for (int i = 0; i < section.items().size(); i++) {
                ItemRules.check(problems, path + ".items[" + i + "]", section.items().get(i), channels, languages,
                        itemIds, knownRules);
            }
        }
        return problems;
    }

    private static Set<String> channels(Scorecard card, List<String> problems) {
        Set<String> codes = new HashSet<>();
        if (card.channels() == null || card.channels().isEmpty()) {
            problems.add("channels: at least one channel");
            return codes;
        }
        for (int c = 0; c < card.channels().size(); c++) {
            Scorecard.Channel channel = card.channels().get(c);
            if (channel.code() == null || !CODE.matcher(channel.code()).matches()) {
                problems.add("channels[" + c + "].code: must look like CALL or WET_TICKET");
            } else if (!codes.add(channel.code())) {
                problems.add("channels[" + c + "].code: '" + channel.code() + "' is repeated");
            }
            if (channel.label() == null || channel.label().isBlank()) {
                problems.add("channels[" + c + "].label: required");
            }
        }
        return codes;
    }

    static void texts(List<String> problems, String path, Map<String, String> text, List<String> languages) {
        if (text == null) {
            problems.add(path + ": required in " + languages);
            return;
        }
        for (String language : languages) {
            String value = text.get(language);
            if (value == null || value.isBlank()) {
                problems.add(path + "." + language + ": required (every text is given in each scorecard language)");
            }
        }
        for (String language : text.keySet()) {
            if (!languages.contains(language)) {
                problems.add(path + "." + language + ": not a language of this scorecard " + languages);
            }
        }
    }

    static void channelsIn(List<String> problems, String path, List<String> values, Set<String> allowed,
                           String allowedName) {
        if (values == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (String value : values) {
            if (!allowed.contains(value)) {
                problems.add(path + ": '" + value + "' is not one of " + allowedName + " " + new java.util.TreeSet<>(allowed));
            } else if (!seen.add(value)) {
                problems.add(path + ": '" + value + "' is repeated");
            }
        }
    }
}
