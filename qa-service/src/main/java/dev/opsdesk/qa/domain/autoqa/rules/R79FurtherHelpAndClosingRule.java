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

/**
 * R79: before the interaction closes the agent offers further help (check {@code further-help},
 * item 5.1: "ada lagi yang dapat dibantu?", in any reply) and ends with the standard closing (check
 * {@code closing}, item 5.2: "terima kasih telah menghubungi Zalora…", in the last reply).
 */
public class R79FurtherHelpAndClosingRule implements AutoQaRule {

    public static final String FURTHER_HELP = "further-help";
    public static final String CLOSING = "closing";

    @Override
    public Set<String> rules() {
        return Set.of("R79");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Conversation.Message> replies = conversation.staffReplies();
        List<Finding> findings = new ArrayList<>();
        if (replies.isEmpty()) {
            return findings;
        }
        Conversation.Message last = replies.get(replies.size() - 1);
        Languages.Choice lastLanguage = language(last.body(), conversation, profile);
        Finding offer = null;
        for (int i = replies.size() - 1; i >= 0 && offer == null; i--) {
            Conversation.Message reply = replies.get(i);
            Languages.Choice language = language(reply.body(), conversation, profile);
            Optional<PhraseMatcher.Match> match = PhraseMatcher.first(reply.body(), language.phrases().furtherHelp());
            if (match.isPresent()) {
                offer = Finding.quoted(Outcome.PASS, "R79", FURTHER_HELP, language.language(), reply, match.get(),
                        "The agent offers further help");
            }
        }
        findings.add(offer != null ? offer : Finding.missing(Outcome.FAIL, "R79", FURTHER_HELP,
                lastLanguage.language(), last.id(), "No reply offers further help (\"Is there anything else I can help with?\")"));
        findings.add(PhraseMatcher.first(last.body(), lastLanguage.phrases().closings())
                .map(match -> Finding.quoted(Outcome.PASS, "R79", CLOSING, lastLanguage.language(), last, match,
                        "The last reply uses the standard closing"))
                .orElseGet(() -> Finding.missing(Outcome.FAIL, "R79", CLOSING, lastLanguage.language(), last.id(),
                        "The last reply does not use the standard closing")));
        return findings;
    }
}
