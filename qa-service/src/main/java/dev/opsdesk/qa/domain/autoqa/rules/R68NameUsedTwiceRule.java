package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * R68: on a call or chat the agent uses the customer's name at least twice (2.7, CE); R92: not on a
 * НТО task. Without a known name there is nothing to count, so no finding.
 */
public class R68NameUsedTwiceRule implements AutoQaRule {

    private static final int REQUIRED = 2;

    @Override
    public Set<String> rules() {
        return Set.of("R68");
    }

    @Override
    public Set<String> alsoReports() {
        return Set.of("R92");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        String name = conversation.requester() == null ? null : conversation.requester().firstName();
        List<Conversation.Message> replies = conversation.staffReplies();
        if (name == null || replies.isEmpty()) {
            return List.of();
        }
        List<Finding> uses = new ArrayList<>();
        for (Conversation.Message reply : replies) {
            Matcher m = PhraseMatcher.word(name).matcher(reply.body());
            while (m.find()) {
                uses.add(Finding.quoted(Outcome.PASS, "R68", null, null, reply,
                        new PhraseMatcher.Match(m.start(), m.end(), m.group()), null));
            }
        }
        if (uses.size() >= REQUIRED) {
            Finding second = uses.get(REQUIRED - 1);
            return List.of(new Finding("R68", null, Outcome.PASS, null, second.messageId(), null, second.quote(),
                    second.spanStart(), second.spanEnd(), "The customer's name is used " + uses.size() + " times"));
        }
        String explanation = "The customer's name (" + name + ") is used " + uses.size() + " time(s), at least "
                + REQUIRED + " are expected";
        if (profile.nameNotRequiredFor(conversation.resolutionCode())) {
            // R92: a НТО task may leave the customer unnamed
            return List.of(Finding.missing(Outcome.PASS, "R92", null, null, null,
                    "Closed as НТО: not addressing the customer by name is not a defect"));
        }
        if (uses.isEmpty()) {
            return List.of(Finding.missing(Outcome.FAIL, "R68", null, null, replies.get(0).id(), explanation));
        }
        Finding only = uses.get(0);
        return List.of(new Finding("R68", null, Outcome.FAIL, null, only.messageId(), null, only.quote(),
                only.spanStart(), only.spanEnd(), explanation));
    }
}
