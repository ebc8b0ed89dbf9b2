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
import java.util.Set;

/** R51: replies avoid "no", "cannot" and other negative responses (the tenant's list per language, A38). */
public class R51NegativeLanguageRule implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R51");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Conversation.Message> replies = conversation.staffReplies();
        List<Finding> findings = new ArrayList<>();
        for (Conversation.Message reply : replies) {
            Languages.Choice language = language(reply.body(), conversation, profile);
            for (PhraseMatcher.Match match : PhraseMatcher.all(reply.body(), language.phrases().negativeWords())) {
                findings.add(Finding.quoted(Outcome.FAIL, "R51", null, language.language(), reply, match,
                        "Negative wording \"" + match.text() + "\": say what we can do instead"));
            }
        }
        if (findings.isEmpty() && !replies.isEmpty()) {
            findings.add(Finding.missing(Outcome.PASS, "R51", null, null, null,
                    "No negative wording in " + replies.size() + " repl" + (replies.size() == 1 ? "y" : "ies")));
        }
        return findings;
    }
}
