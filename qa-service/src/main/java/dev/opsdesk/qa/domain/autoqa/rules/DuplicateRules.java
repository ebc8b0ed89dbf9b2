package dev.opsdesk.qa.domain.autoqa.rules;

import dev.opsdesk.qa.domain.autoqa.AutoQaRule;
import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.profile.QaProfile;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Дубликат (slide 29): never in the seven channels the tenant forbids it in (R94); only when the same
 * customer wrote about it before in the same channel (R95); a contact in another channel gets its own
 * reply and is never a duplicate of it (R96).
 */
public class DuplicateRules implements AutoQaRule {

    @Override
    public Set<String> rules() {
        return Set.of("R94", "R95", "R96");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        String resolution = conversation.resolutionCode();
        if (!profile.resolutionsOrNone().duplicate(resolution)) {
            return List.of();
        }
        boolean forbidden = profile.channel(conversation.channel())
                .map(c -> Boolean.TRUE.equals(c.duplicateForbidden())).orElse(false);
        if (forbidden) {
            // R94: Дубликат is not used in this channel
            return List.of(Finding.missing(Outcome.FAIL, "R94", null, null, null,
                    "Дубликат is not used in channel " + conversation.channel()));
        }
        Conversation.RelatedTicket original = conversation.resolution().duplicateOf() == null ? null
                : conversation.related().get(conversation.resolution().duplicateOf());
        if (original == null) {
            return List.of(Finding.missing(Outcome.FAIL, "R95", null, null, null,
                    "Closed as Дубликат without an earlier contact of this customer that QA knows of"));
        }
        if (!Objects.equals(original.channel(), conversation.channel())) {
            // R96: every channel gets its own reply
            return List.of(Finding.missing(Outcome.FAIL, "R96", null, null, null, "The original " + original.ticketId()
                    + " is in channel " + original.channel() + ": a contact in another channel gets its own reply"));
        }
        if (!sameCustomer(original.requester(), conversation.requester())) {
            return List.of(Finding.missing(Outcome.FAIL, "R95", null, null, null,
                    "The original " + original.ticketId() + " is from another customer"));
        }
        return List.of(Finding.missing(Outcome.PASS, "R95", null, null, null,
                "A duplicate of " + original.ticketId() + " from the same customer in the same channel"));
    }

    private static boolean sameCustomer(Conversation.Requester a, Conversation.Requester b) {
        if (a == null || b == null) {
            return false;
        }
        return a.email() != null && a.email().equalsIgnoreCase(b.email())
                || a.phone() != null && a.phone().equals(b.phone())
                || a.social() != null && a.social().equals(b.social());
    }
}
