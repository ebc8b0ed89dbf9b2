package dev.opsdesk.qa.domain.autoqa;

import dev.opsdesk.qa.domain.profile.PhraseSet;
import dev.opsdesk.qa.domain.profile.QaProfile;

/**
 * Chooses the phrase set for a text: the tenant language whose marker words occur most often in it;
 * a tie (or no marker at all) goes to the channel's language (Zalora's ENG lines), then to the
 * tenant's default language.
 */
public final class Languages {

    private Languages() {
    }

    public record Choice(String language, PhraseSet phrases) {
    }

    public static Choice of(String text, QaProfile profile, String channelLanguage) {
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (String language : profile.languages()) {
            int count = PhraseMatcher.count(text, PhraseSet.of(profile.phrases(language).markers()));
            if (count > bestCount) {
                best = language;
                bestCount = count;
                tie = false;
            } else if (count == bestCount && count > 0) {
                tie = true;
            }
        }
        String chosen = best != null && !tie ? best
                : channelLanguage != null ? channelLanguage : profile.defaultLanguage();
        return new Choice(chosen, profile.phrases(chosen));
    }
}
