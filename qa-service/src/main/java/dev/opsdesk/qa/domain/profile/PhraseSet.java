package dev.opsdesk.qa.domain.profile;

import java.util.List;
import java.util.function.Function;

/**
 * The phrases AutoQA looks for in one language. Base sets ship per language
 * ({@code qa-templates/phrases/<lang>.yaml}); a tenant template overrides single lists (a null list
 * inherits). Matching ignores case and runs of white space; a phrase matches whole words only.
 */
public record PhraseSet(
        List<String> markers,
        List<String> greetings,
        List<String> forbiddenGreetings,
        List<String> acknowledgements,
        List<String> furtherHelp,
        List<String> closings,
        List<String> negativeWords,
        List<String> channelRedirects,
        List<String> informationRequests,
        List<String> photoRequests,
        List<String> ebayMessaging,
        List<String> botPromises,
        List<String> questions,
        List<String> dissatisfaction,
        List<String> feedback,
        List<String> thanksOnly,
        List<String> spamMarkers,
        List<String> recapMarkers) {

    /** No phrase at all: {@code NONE.overriddenBy(set)} is {@code set} with an empty list for each missing one. */
    public static final PhraseSet NONE = new PhraseSet(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    /** This set with every list that {@code override} gives replaced by the override's; no list is null. */
    public PhraseSet overriddenBy(PhraseSet override) {
        if (override == null) {
            override = NONE;
        }
        return new PhraseSet(
                pick(override, PhraseSet::markers), pick(override, PhraseSet::greetings),
                pick(override, PhraseSet::forbiddenGreetings), pick(override, PhraseSet::acknowledgements),
                pick(override, PhraseSet::furtherHelp), pick(override, PhraseSet::closings),
                pick(override, PhraseSet::negativeWords), pick(override, PhraseSet::channelRedirects),
                pick(override, PhraseSet::informationRequests), pick(override, PhraseSet::photoRequests),
                pick(override, PhraseSet::ebayMessaging), pick(override, PhraseSet::botPromises),
                pick(override, PhraseSet::questions), pick(override, PhraseSet::dissatisfaction),
                pick(override, PhraseSet::feedback), pick(override, PhraseSet::thanksOnly),
                pick(override, PhraseSet::spamMarkers), pick(override, PhraseSet::recapMarkers));
    }

    private List<String> pick(PhraseSet override, Function<PhraseSet, List<String>> list) {
        List<String> replaced = list.apply(override);
        if (replaced != null) {
            return replaced;
        }
        List<String> own = list.apply(this);
        return own == null ? List.of() : own;
    }

    /** A list, never null (for sets read from the API without every key). */
    public static List<String> of(List<String> phrases) {
        return phrases == null ? List.of() : phrases;
    }
}
