package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Languages;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R57: a written reply greets the customer by name ("Hi Ravi"), never "dear customer" or a phone
 * number as the name ("dear 08111xxx"). R92: on a task closed as НТО, not addressing the customer by
 * name is not a defect. Only replies are checked (A27).
 */
public class R57GreetingRule implements AutoQaRule {

    /** The greeting has to open the reply: within its first characters. */
    private static final int OPENING = 120;
    private static final Pattern PHONE_AS_NAME = Pattern.compile("\\s*,?\\s*(\\+?\\d[\\dxX .-]{4,}[\\dxX])");

    @Override
    public Set<String> rules() {
        return Set.of("R57");
    }

    @Override
    public Set<String> alsoReports() {
        return Set.of("R92");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Finding> findings = new ArrayList<>();
        List<Conversation.Message> replies = conversation.staffReplies();
        if (replies.isEmpty()) {
            return findings;
        }
        boolean nameRequired = !profile.nameNotRequiredFor(conversation.resolutionCode());
        boolean firstFailed = false;
        for (Conversation.Message reply : replies) {
            Languages.Choice language = language(reply.body(), conversation, profile);
            Optional<Finding> generic = genericAddress(reply, language, nameRequired);
            generic.ifPresent(findings::add);
            firstFailed |= reply == replies.get(0) && generic.isPresent();
        }
        if (!firstFailed) {
            findings.add(greetingOf(replies.get(0), conversation, profile, nameRequired));
        }
        return findings;
    }

    /** "dear customer" or a phone number where the name should be. */
    private Optional<Finding> genericAddress(Conversation.Message reply, Languages.Choice language, boolean nameRequired) {
        Optional<PhraseMatcher.Match> forbidden = PhraseMatcher.first(reply.body(), language.phrases().forbiddenGreetings());
        Optional<PhraseMatcher.Match> generic = forbidden.isPresent() ? forbidden
                : phoneAsName(reply.body(), language.phrases().greetings());
        String what = forbidden.isPresent() ? "a generic address instead of the customer's name"
                : "a phone number used as the customer's name";
        return generic.map(match -> nameRequired
                ? Finding.quoted(Outcome.FAIL, "R57", null, language.language(), reply, match,
                        "The reply uses " + what + ": greet with Hi <name>")
                // R92: a НТО task may leave the customer unnamed
                : Finding.quoted(Outcome.PASS, "R92", null, language.language(), reply, match,
                        "Closed as НТО: not addressing the customer by name is not a defect"));
    }

    private Finding greetingOf(Conversation.Message reply, Conversation conversation, QaProfile profile,
                               boolean nameRequired) {
        Languages.Choice language = language(reply.body(), conversation, profile);
        String opening = reply.body().substring(0, Math.min(OPENING, reply.body().length()));
        Optional<PhraseMatcher.Match> greeting = PhraseMatcher.first(opening, language.phrases().greetings());
        String name = conversation.requester() == null ? null : conversation.requester().firstName();
        if (greeting.isPresent() && name != null) {
            Matcher named = PhraseMatcher.word(name).matcher(opening);
            if (named.find(greeting.get().end()) && named.start() - greeting.get().end() <= 30) {
                PhraseMatcher.Match span = new PhraseMatcher.Match(greeting.get().start(), named.end(),
                        opening.substring(greeting.get().start(), named.end()));
                return Finding.quoted(Outcome.PASS, "R57", null, language.language(), reply, span,
                        "The reply greets the customer by name");
            }
        }
        if (greeting.isPresent() && name == null) {
            return Finding.quoted(Outcome.PASS, "R57", null, language.language(), reply, greeting.get(),
                    "The reply opens with a greeting (QA knows no customer name to compare)");
        }
        if (!nameRequired) {
            return Finding.missing(Outcome.PASS, "R92", null, language.language(), reply.id(),
                    "Closed as НТО: not addressing the customer by name is not a defect");
        }
        String detail = greeting.isPresent() ? "the greeting does not use the customer's name (" + name + ")"
                : "the reply does not open with a greeting" + (name == null ? "" : " by the customer's name (" + name + ")");
        return greeting.map(g -> Finding.quoted(Outcome.FAIL, "R57", null, language.language(), reply, g,
                        "Not the standard greeting: " + detail))
                .orElseGet(() -> Finding.missing(Outcome.FAIL, "R57", null, language.language(), reply.id(),
                        "Not the standard greeting: " + detail));
    }

    private static Optional<PhraseMatcher.Match> phoneAsName(String body, List<String> greetings) {
        for (PhraseMatcher.Match greeting : PhraseMatcher.all(body, greetings)) {
            Matcher phone = PHONE_AS_NAME.matcher(body).region(greeting.end(), body.length());
            if (phone.lookingAt()) {
                return Optional.of(new PhraseMatcher.Match(greeting.start(), phone.end(1),
                        body.substring(greeting.start(), phone.end(1))));
            }
        }
        return Optional.empty();
    }
}
