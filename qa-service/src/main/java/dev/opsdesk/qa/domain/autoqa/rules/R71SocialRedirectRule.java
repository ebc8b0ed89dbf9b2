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

/** R71: a social-media reply solves the issue there, without redirecting to chat or phone (3.2, CE). */
public class R71SocialRedirectRule implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R71");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Conversation.Message> replies = conversation.staffReplies();
        List<Finding> findings = new ArrayList<>();
        for (Conversation.Message reply : replies) {
            Languages.Choice language = language(reply.body(), conversation, profile);
            for (PhraseMatcher.Match match : PhraseMatcher.all(reply.body(), language.phrases().channelRedirects())) {
                findings.add(Finding.quoted(Outcome.FAIL, "R71", null, language.language(), reply, match,
                        "The reply redirects the customer to another channel instead of solving it here"));
            }
        }
        if (findings.isEmpty() && !replies.isEmpty()) {
            findings.add(Finding.missing(Outcome.PASS, "R71", null, null, null,
                    "No reply redirects the customer to another channel"));
        }
        return findings;
    }
}
