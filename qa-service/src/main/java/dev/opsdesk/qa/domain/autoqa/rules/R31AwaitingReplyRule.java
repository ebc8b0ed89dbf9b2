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
import java.util.Optional;
import java.util.Set;

/**
 * R31: after a reply that asks the customer for information (proof, acceptance of an offer, the
 * correct address) the ticket waits for the customer (Awaiting-Reply, category WAITING_CUSTOMER)
 * until the customer answers. Not for eBay tickets, which do not use Awaiting-Reply (R28, A42).
 */
public class R31AwaitingReplyRule implements AutoQaRule {

    static final String WAITING_CUSTOMER = "WAITING_CUSTOMER";

    @Override
    public Set<String> rules() {
        return Set.of("R31");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Finding> findings = new ArrayList<>();
        if (profile.isEbay(conversation.channel(), conversation.store())) {
            return findings;
        }
        for (Conversation.Message reply : conversation.staffReplies()) {
            Languages.Choice language = language(reply.body(), conversation, profile);
            Optional<PhraseMatcher.Match> request = PhraseMatcher.first(reply.body(),
                    language.phrases().informationRequests());
            if (request.isEmpty()) {
                continue;
            }
            long answeredAt = conversation.customerMessages().stream().mapToLong(Conversation.Message::position)
                    .filter(p -> p > reply.position()).min().orElse(Long.MAX_VALUE);
            List<Conversation.StatusChange> after = conversation.statusChanges().stream()
                    .filter(s -> s.position() > reply.position() && s.position() < answeredAt).toList();
            boolean waiting = after.stream().anyMatch(s -> WAITING_CUSTOMER.equals(s.toCategory()));
            String now = after.isEmpty() ? "unchanged" : after.get(0).toCode();
            findings.add(Finding.quoted(waiting ? Outcome.PASS : Outcome.FAIL, "R31", null, language.language(), reply,
                    request.get(), waiting ? "The ticket waits for the customer's answer"
                            : "The customer was asked for information but the status was not set to"
                            + " Awaiting-Reply (status: " + now + ")"));
        }
        return findings;
    }
}
