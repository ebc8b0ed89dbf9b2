package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Languages;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.ChannelKind;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The НТО and Спам resolutions against what the customer wrote (§6.4): not НТО for questions or
 * dissatisfaction (R87) or for wishes, feedback and thanks about people or the service (R88); a
 * "Спасибо!"/"Ок" only contact is НТО (R89), as is an untouched service task (R90); Спам only for
 * advertising, links or unrelated content, not for a customer's question (R93).
 */
public class NrrMisuseRules implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R87", "R88", "R89", "R90", "R93");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Finding> findings = new ArrayList<>();
        String resolution = conversation.resolutionCode();
        if (resolution == null) {
            return findings;
        }
        QaProfile.Resolutions codes = profile.resolutionsOrNone();
        boolean nrr = codes.noReplyRequired(resolution);
        if (nrr) {
            // R87: a question ("?" or a question word) or dissatisfaction in any form
            firstIn(conversation, profile, p -> union(List.of("?"), p.questions(), p.dissatisfaction()))
                    .ifPresent(f -> findings.add(f.as("R87", "The customer has a question or is dissatisfied: resolve it, not НТО")));
            // R88: a wish, feedback or thanks about the site, company, seller, employee or pickup point
            firstIn(conversation, profile, p -> p.feedback())
                    .ifPresent(f -> findings.add(f.as("R88", "The contact is feedback: answer it and pick its topic, not НТО")));
        }
        thanksOnly(conversation, profile, nrr, resolution).ifPresent(findings::add);
        if (conversation.kind() == ChannelKind.INTERNAL && !conversation.hasStaffReply()) {
            // R90: a service task closed without any action is НТО
            findings.add(Finding.missing(nrr ? Outcome.PASS : Outcome.FAIL, "R90", null, null, null, nrr
                    ? "A service task without action is closed as НТО"
                    : "A service task without action is closed as НТО, not " + resolution));
        }
        if (codes.spam(resolution)) {
            Optional<Quoted> advert = firstIn(conversation, profile, p -> p.spamMarkers());
            Optional<Quoted> question = firstIn(conversation, profile, p -> union(List.of("?"), p.questions()));
            if (advert.isEmpty() && question.isPresent()) {
                // R93: Спам only for advertising, links or unrelated questions
                findings.add(question.get().as("R93", "The customer asks a question: Спам is only for spam"));
            } else if (advert.isPresent()) {
                findings.add(advert.get().pass("R93", "Advertising or links: Спам fits"));
            }
        }
        return findings;
    }

    /** R89: every customer message is only "Спасибо!" / "Ок" or similar. */
    private Optional<Finding> thanksOnly(Conversation conversation, QaProfile profile, boolean nrr, String resolution) {
        List<Conversation.Message> messages = conversation.customerMessages();
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        for (Conversation.Message message : messages) {
            Languages.Choice language = language(message.body(), conversation, profile);
            String text = message.body().strip().replaceAll("[\\p{Punct}\\s]+$", "");
            Optional<PhraseMatcher.Match> match = PhraseMatcher.first(text, language.phrases().thanksOnly());
            if (match.isEmpty() || match.get().start() != 0 || match.get().end() != text.length()) {
                return Optional.empty();
            }
        }
        Conversation.Message first = messages.get(0);
        Languages.Choice language = language(first.body(), conversation, profile);
        PhraseMatcher.Match whole = new PhraseMatcher.Match(0, first.body().length(), first.body());
        return Optional.of(Finding.quoted(nrr ? Outcome.PASS : Outcome.FAIL, "R89", null, language.language(), first,
                whole, nrr ? "A thanks-only contact is closed as НТО"
                        : "A thanks-only contact is closed as НТО without a reply, not as " + resolution));
    }

    private record Quoted(Conversation.Message message, PhraseMatcher.Match match, String language) {

        Finding as(String rule, String explanation) {
            return Finding.quoted(Outcome.FAIL, rule, null, language, message, match, explanation);
        }

        Finding pass(String rule, String explanation) {
            return Finding.quoted(Outcome.PASS, rule, null, language, message, match, explanation);
        }
    }

    private Optional<Quoted> firstIn(Conversation conversation, QaProfile profile,
                                     Function<dev.opsdesk.qa.domain.profile.PhraseSet, List<String>> phrases) {
        for (Conversation.Message message : conversation.customerMessages()) {
            Languages.Choice language = language(message.body(), conversation, profile);
            List<String> list = phrases.apply(language.phrases());
            int mark = list.contains("?") ? message.body().indexOf('?') : -1;
            Optional<PhraseMatcher.Match> match = PhraseMatcher.first(message.body(),
                    list.stream().filter(p -> !"?".equals(p)).toList());
            if (mark >= 0 && (match.isEmpty() || match.get().start() > mark)) {
                match = Optional.of(new PhraseMatcher.Match(mark, mark + 1, "?"));
            }
            if (match.isPresent()) {
                return Optional.of(new Quoted(message, match.get(), language.language()));
            }
        }
        return Optional.empty();
    }

    @SafeVarargs
    private static List<String> union(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list == null ? List.of() : list);
        }
        return all;
    }
}
