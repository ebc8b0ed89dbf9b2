package dev.opsdesk.qa.domain.profile;

import dev.opsdesk.qa.domain.scorecard.Scorecard;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Consistency rules of a tenant's QA settings; each problem reads {@code <path>: <what is wrong>}. */
public final class ProfileRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

    private ProfileRules() {
    }

    /** @param scorecards the scorecards the tenant has (id → definition) */
    public static List<String> problems(QaProfile profile, Map<String, Scorecard> scorecards) {
        List<String> problems = new ArrayList<>();
        List<String> languages = profile.languages() == null ? List.of() : profile.languages();
        if (languages.isEmpty()) {
            problems.add("languages: at least one of en, id, ru");
        }
        if (profile.defaultLanguage() == null || !languages.contains(profile.defaultLanguage())) {
            problems.add("defaultLanguage: must be one of languages " + languages);
        }
        for (String language : languages) {
            if (profile.phrases() == null || profile.phrases().get(language) == null) {
                problems.add("phrases." + language + ": no phrase set for this language");
            }
        }
        Scorecard card = profile.defaultScorecard() == null ? null : scorecards.get(profile.defaultScorecard());
        if (card == null) {
            problems.add("defaultScorecard: '" + profile.defaultScorecard() + "' is not one of the tenant's scorecards "
                    + scorecards.keySet());
        }
        channels(problems, profile, card, languages);
        notes(problems, profile.notes());
        if (profile.typeHints() != null) {
            for (int t = 0; t < profile.typeHints().size(); t++) {
                QaProfile.TypeHint hint = profile.typeHints().get(t);
                if (hint.type() == null || hint.type().isBlank() || hint.keywords() == null) {
                    problems.add("typeHints[" + t + "]: type and keywords are required");
                } else if (!languages.containsAll(hint.keywords().keySet())) {
                    problems.add("typeHints[" + t + "].keywords: languages must be among " + languages);
                }
            }
        }
        return problems;
    }

    private static void channels(List<String> problems, QaProfile profile, Scorecard card, List<String> languages) {
        if (profile.channels() == null || profile.channels().isEmpty()) {
            problems.add("channels: at least one channel");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int c = 0; c < profile.channels().size(); c++) {
            QaProfile.ChannelMapping channel = profile.channels().get(c);
            String path = "channels[" + c + "]";
            if (channel.code() == null || !CODE.matcher(channel.code()).matches() || !codes.add(channel.code())) {
                problems.add(path + ".code: missing, repeated or not like EMAIL");
            }
            if (channel.kind() == null) {
                problems.add(path + ".kind: required");
            }
            if (channel.scorecardChannel() != null && card != null && !card.hasChannel(channel.scorecardChannel())) {
                problems.add(path + ".scorecardChannel: '" + channel.scorecardChannel()
                        + "' is not a channel of scorecard " + card.id());
            }
            if (channel.language() != null && !languages.contains(channel.language())) {
                problems.add(path + ".language: must be one of " + languages);
            }
        }
    }

    private static void notes(List<String> problems, QaProfile.Notes notes) {
        if (notes == null || notes.voiceSourcePattern() == null) {
            return;
        }
        try {
            Pattern.compile(notes.voiceSourcePattern());
        } catch (PatternSyntaxException e) {
            problems.add("notes.voiceSourcePattern: not a regular expression: " + e.getDescription());
        }
    }
}
