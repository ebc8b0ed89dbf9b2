package dev.opsdesk.qa.domain.profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's QA settings: which scorecard channel each ticket channel is evaluated on, the
 * languages and phrase sets AutoQA reads, and the tenant data some rules need (note templates,
 * eBay stores, TYPE hints). Shipped per seed organisation in {@code qa-templates/<id>.yaml}; a
 * tenant keeps its own (editable) copy.
 */
public record QaProfile(
        String id,
        String displayName,
        String defaultLanguage,
        List<String> languages,
        String defaultScorecard,
        List<String> scorecards,
        List<ChannelMapping> channels,
        List<String> nameNotRequiredForResolutions,
        Resolutions resolutions,
        Ebay ebay,
        Notes notes,
        List<TypeHint> typeHints,
        Map<String, PhraseSet> phrases) {

    /**
     * A ticket channel of the tenant: the scorecard channel it is evaluated on (null: not evaluated),
     * its kind, a language when the line has one (Zalora's ENG lines), and whether the tenant forbids
     * closing its tickets as Duplicate (R94).
     */
    public record ChannelMapping(String code, String scorecardChannel, ChannelKind kind, String language,
                                 Boolean duplicateForbidden) {
    }

    /** The tenant's resolution codes that mean НТО, Дубликат and Спам (§6.3; R86-R96). */
    public record Resolutions(List<String> noReplyRequired, List<String> duplicate, List<String> spam) {

        public boolean noReplyRequired(String code) {
            return code != null && noReplyRequired != null && noReplyRequired.contains(code);
        }

        public boolean duplicate(String code) {
            return code != null && duplicate != null && duplicate.contains(code);
        }

        public boolean spam(String code) {
            return code != null && spam != null && spam.contains(code);
        }
    }

    /** What makes an interaction an eBay one (R21, R31 via R28/A42). */
    public record Ebay(List<String> channels, List<String> stores) {
    }

    /** The tenant's note templates that R12-R18 look for (CrazySales §4.2). */
    public record Notes(String backendNote, String legacyBackendNote, List<String> legacyStores,
                        String voiceBackendNote, String orderNote, String recapNote, List<String> sourceValues,
                        String voiceSourcePattern) {
    }

    /** R33: words in the customer's first message that point to a ticket TYPE, per language. */
    public record TypeHint(String type, Map<String, List<String>> keywords) {
    }

    public Optional<ChannelMapping> channel(String code) {
        return channels.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public PhraseSet phrases(String language) {
        PhraseSet set = phrases.get(language);
        return set != null ? set : phrases.get(defaultLanguage);
    }

    public boolean nameNotRequiredFor(String resolution) {
        return resolution != null && nameNotRequiredForResolutions != null
                && nameNotRequiredForResolutions.contains(resolution);
    }

    public Resolutions resolutionsOrNone() {
        return resolutions != null ? resolutions : new Resolutions(List.of(), List.of(), List.of());
    }

    public boolean isEbay(String channel, String store) {
        return ebay != null && (ebay.channels() != null && ebay.channels().contains(channel)
                || store != null && ebay.stores() != null && ebay.stores().contains(store));
    }
}
