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
 * R33: a replied ticket has its TYPE set; a missing TYPE, or one the customer's first message
 * contradicts (the tenant's TYPE hints), lowers the "Tools" QA score.
 */
public class R33ToolsTypeRule implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R33");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        if (!conversation.hasStaffReply()) {
            return List.of();
        }
        String type = conversation.classification() == null ? null : conversation.classification().type();
        if (type == null || type.isBlank()) {
            return List.of(Finding.missing(Outcome.FAIL, "R33", null, null, null,
                    "The ticket was replied to without a TYPE"));
        }
        Optional<Conversation.Message> first = conversation.customerMessages().stream().findFirst();
        if (first.isPresent() && profile.typeHints() != null) {
            Languages.Choice language = language(first.get().body(), conversation, profile);
            PhraseMatcher.Match contradicting = null;
            String suggested = null;
            for (QaProfile.TypeHint hint : profile.typeHints()) {
                Optional<PhraseMatcher.Match> match = PhraseMatcher.first(first.get().body(),
                        hint.keywords().getOrDefault(language.language(), List.of()));
                if (match.isPresent() && hint.type().equalsIgnoreCase(type)) {
                    return List.of(Finding.quoted(Outcome.PASS, "R33", null, language.language(), first.get(),
                            match.get(), "The TYPE " + type + " fits the customer's message"));
                }
                if (match.isPresent() && contradicting == null) {
                    contradicting = match.get();
                    suggested = hint.type();
                }
            }
            if (contradicting != null) {
                return List.of(Finding.quoted(Outcome.FAIL, "R33", null, language.language(), first.get(),
                        contradicting, "The customer writes about \"" + contradicting.text() + "\" (TYPE " + suggested
                                + ") but the ticket TYPE is " + type));
            }
        }
        return List.of(Finding.missing(Outcome.PASS, "R33", null, null, null, "The ticket TYPE is set: " + type));
    }
}
