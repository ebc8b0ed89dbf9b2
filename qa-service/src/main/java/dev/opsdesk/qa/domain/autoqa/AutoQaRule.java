package dev.opsdesk.qa.domain.autoqa;

import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.List;
import java.util.Set;

/** One AutoQA check: plain Java over the conversation and the tenant's QA settings. */
public interface AutoQaRule {

    /** The rule numbers it checks: it runs when a scorecard asks for one of them. */
    Set<String> rules();

    /** Further rule numbers its findings may be reported under (R92 for the name checks). */
    default Set<String> alsoReports() {
        return Set.of();
    }

    List<Finding> check(Conversation conversation, QaProfile profile);

    /** The phrase set for a text of this conversation. */
    default Languages.Choice language(String text, Conversation conversation, QaProfile profile) {
        return Languages.of(text, profile, conversation.channelLanguage());
    }
}
