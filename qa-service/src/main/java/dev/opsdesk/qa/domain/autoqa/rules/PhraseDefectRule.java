package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Languages;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.PhraseSet;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A rule whose defect is a phrase in a reply: every occurrence in any reply is a FAIL quoting it;
 * replies without one make a single PASS.
 */
abstract class PhraseDefectRule implements AutoQaRule {

    private final String rule;
    private final Function<PhraseSet, List<String>> phrases;

    PhraseDefectRule(String rule, Function<PhraseSet, List<String>> phrases) {
        this.rule = rule;
        this.phrases = phrases;
    }

    abstract String defect(PhraseMatcher.Match match);

    abstract String passed(int replies);

    @Override
    public Set<String> rules() {
        return Set.of(rule);
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Conversation.Message> replies = conversation.staffReplies();
        List<Finding> findings = new ArrayList<>();
        for (Conversation.Message reply : replies) {
            Languages.Choice language = language(reply.body(), conversation, profile);
            for (PhraseMatcher.Match match : PhraseMatcher.all(reply.body(), phrases.apply(language.phrases()))) {
                findings.add(Finding.quoted(Outcome.FAIL, rule, null, language.language(), reply, match, defect(match)));
            }
        }
        if (findings.isEmpty() && !replies.isEmpty()) {
            findings.add(Finding.missing(Outcome.PASS, rule, null, null, null, passed(replies.size())));
        }
        return findings;
    }
}
