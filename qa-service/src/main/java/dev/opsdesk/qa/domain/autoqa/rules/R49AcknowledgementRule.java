package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Languages;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.List;
import java.util.Set;

/** R49: the first reply acknowledges the contact ("Thank you for contacting us."); no reply, no check (A27). */
public class R49AcknowledgementRule implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R49");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        return conversation.firstStaffReply().map(first -> {
            Languages.Choice language = language(first.body(), conversation, profile);
            List<String> phrases = language.phrases().acknowledgements();
            return PhraseMatcher.first(first.body(), phrases)
                    .map(match -> Finding.quoted(Outcome.PASS, "R49", null, language.language(), first, match,
                            "The first reply acknowledges the contact"))
                    .orElseGet(() -> Finding.missing(Outcome.FAIL, "R49", null, language.language(), first.id(),
                            "The first reply does not acknowledge the contact"
                                    + (phrases.isEmpty() ? "" : ", e.g. \"" + phrases.get(0) + "\"")));
        }).map(List::of).orElse(List.of());
    }
}
