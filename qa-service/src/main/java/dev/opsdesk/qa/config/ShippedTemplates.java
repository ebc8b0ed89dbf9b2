package dev.opsdesk.qa.config;

import dev.opsdesk.qa.domain.autoqa.AutoQa;
import dev.opsdesk.qa.domain.profile.PhraseSet;
import dev.opsdesk.qa.domain.profile.ProfileRules;
import dev.opsdesk.qa.domain.profile.QaProfile;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.ScorecardRules;
import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The QA templates shipped with the service (qa-templates/*.yaml, their phrase sets and the
 * scorecards/*.yaml they name), read and checked once at start-up: a broken file stops the service
 * with {@code <file>: <field>: <problem>}.
 */
@Startup
@Singleton
public class ShippedTemplates {

    /** A template: the tenant settings with resolved phrase sets, and its scorecards by id. */
    public record Template(QaProfile profile, Map<String, Scorecard> scorecards) {
    }

    private final Map<String, Template> byId = new LinkedHashMap<>();

    public ShippedTemplates(QaConfig config) {
        for (String id : config.templates()) {
            byId.put(id, load(id));
        }
    }

    public static Template load(String id) {
        String file = "qa-templates/" + id + ".yaml";
        QaProfile shipped = read(file, QaProfile.class);
        if (!id.equals(shipped.id())) {
            throw new TemplateProblem(file, "id", "'" + shipped.id() + "' does not match the file name");
        }
        Map<String, PhraseSet> phrases = new LinkedHashMap<>();
        for (String language : shipped.languages() == null ? List.<String>of() : shipped.languages()) {
            PhraseSet base = read("qa-templates/phrases/" + language + ".yaml", PhraseSet.class);
            phrases.put(language, base.overriddenBy(shipped.phrases() == null ? null : shipped.phrases().get(language)));
        }
        Map<String, Scorecard> scorecards = new LinkedHashMap<>();
        for (String cardId : shipped.scorecards() == null ? List.<String>of() : shipped.scorecards()) {
            String cardFile = "scorecards/" + cardId + ".yaml";
            Scorecard card = read(cardFile, Scorecard.class);
            fail(cardFile, ScorecardRules.problems(card, AutoQa.knownRules()));
            if (!cardId.equals(card.id())) {
                throw new TemplateProblem(cardFile, "id", "'" + card.id() + "' does not match the file name");
            }
            scorecards.put(cardId, card);
        }
        QaProfile profile = withPhrases(shipped, phrases);
        fail(file, ProfileRules.problems(profile, scorecards));
        return new Template(profile, scorecards);
    }

    public Optional<Template> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    static QaProfile withPhrases(QaProfile p, Map<String, PhraseSet> phrases) {
        return new QaProfile(p.id(), p.displayName(), p.defaultLanguage(), p.languages(), p.defaultScorecard(),
                p.scorecards(), p.channels(), p.nameNotRequiredForResolutions(), p.resolutions(), p.ebay(), p.notes(),
                p.typeHints(), phrases);
    }

    private static <T> T read(String file, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            return StrictDocuments.yaml(file, in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fail(String file, List<String> problems) {
        if (problems.isEmpty()) {
            return;
        }
        String first = problems.get(0);
        int colon = first.indexOf(": ");
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more: "
                + String.join("; ", problems.subList(1, problems.size())) + ")" : "";
        throw new TemplateProblem(file, first.substring(0, colon), first.substring(colon + 2) + more);
    }
}
