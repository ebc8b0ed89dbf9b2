package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Languages;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.autoqa.PhraseMatcher;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R86 (P1): a task closed as НТО or Дубликат gets no reply to its last contact, unless the chat-bot
 * told the customer that an employee would come back with an answer.
 */
public class R86NoReplyOnNrrOrDuplicateRule implements AutoQaRule {

    private static final int QUOTE = 200;

    @Override
    public Set<String> rules() {
        return Set.of("R86");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        QaProfile.Resolutions codes = profile.resolutionsOrNone();
        String resolution = conversation.resolutionCode();
        if (!codes.noReplyRequired(resolution) && !codes.duplicate(resolution)) {
            return List.of();
        }
        long lastContact = conversation.customerMessages().stream().mapToLong(Conversation.Message::position)
                .max().orElse(-1);
        Optional<Conversation.Message> reply = conversation.staffReplies().stream()
                .filter(m -> m.position() > lastContact).findFirst();
        if (reply.isEmpty()) {
            return List.of(Finding.missing(Outcome.PASS, "R86", null, null, null,
                    "No reply was sent on a task closed as " + resolution));
        }
        for (Conversation.Message bot : conversation.messages()) {
            if (bot.fromBot()) {
                Languages.Choice language = language(bot.body(), conversation, profile);
                Optional<PhraseMatcher.Match> promise = PhraseMatcher.first(bot.body(), language.phrases().botPromises());
                if (promise.isPresent()) {
                    return List.of(Finding.quoted(Outcome.PASS, "R86", null, language.language(), bot, promise.get(),
                            "The chat-bot promised that an employee would answer, so the reply is allowed"));
                }
            }
        }
        String body = reply.get().body();
        Languages.Choice language = language(body, conversation, profile);
        PhraseMatcher.Match quoted = new PhraseMatcher.Match(0, Math.min(QUOTE, body.length()),
                body.substring(0, Math.min(QUOTE, body.length())));
        return List.of(Finding.quoted(Outcome.FAIL, "R86", null, language.language(), reply.get(), quoted,
                "A task that qualifies as " + resolution + " must not be replied to"));
    }
}
