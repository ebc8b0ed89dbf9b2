package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.profile.ChannelKind;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.List;
import java.util.Set;

/**
 * R55 (A13): on a call where the contact-centre system shows no customer name, the greet-by-name part
 * of the greeting is satisfied automatically; the branded greeting is still scored by the reviewer.
 */
public class R55CallWithoutNameRule implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R55");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        if (conversation.kind() != ChannelKind.VOICE
                || conversation.requester() != null && conversation.requester().firstName() != null) {
            return List.of();
        }
        return List.of(Finding.missing(Outcome.PASS, "R55", null, null, null,
                "No customer name is shown for this call: greeting by name is scored Y automatically"));
    }
}
