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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R47: after a merge the next reply is one reply that addresses the concerns of every merged ticket.
 * A merged ticket's concern counts as addressed when the reply names one of its order numbers or a
 * significant word of its subject (longer than 3 letters, not one of the language's marker words).
 */
public class R47MergedTicketsReplyRule implements AutoQaRule {

    private static final Pattern ORDER_NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{5,}(?![\\p{L}\\p{N}])");
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    @Override
    public Set<String> rules() {
        return Set.of("R47");
    }

    @Override
    public List<Finding> check(Conversation conversation, QaProfile profile) {
        List<Finding> findings = new ArrayList<>();
        for (Conversation.Merge merge : conversation.merges()) {
            Optional<Conversation.Message> reply = conversation.staffReplies().stream()
                    .filter(m -> m.position() > merge.position()).findFirst();
            if (reply.isEmpty()) {
                continue;
            }
            Languages.Choice language = language(reply.get().body(), conversation, profile);
            List<String> missed = new ArrayList<>();
            for (UUID source : merge.sourceTicketIds()) {
                Conversation.RelatedTicket ticket = conversation.related().get(source);
                if (ticket != null && !addressed(reply.get().body(), concerns(ticket, language.phrases()))) {
                    missed.add(source + (ticket.subject() == null ? "" : " (\"" + ticket.subject() + "\")"));
                }
            }
            findings.add(missed.isEmpty()
                    ? Finding.missing(Outcome.PASS, "R47", null, language.language(), reply.get().id(),
                            "The first reply after the merge addresses every merged ticket")
                    : Finding.missing(Outcome.FAIL, "R47", null, language.language(), reply.get().id(),
                            "The first reply after the merge does not address merged ticket(s) " + String.join(", ", missed)));
        }
        return findings;
    }

    /** Order numbers in the ticket's subject and customer messages, then its subject's words. */
    static Set<String> concerns(Conversation.RelatedTicket ticket, PhraseSet phrases) {
        Set<String> concerns = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder(ticket.subject() == null ? "" : ticket.subject());
        ticket.customerMessages().forEach(m -> text.append('\n').append(m.body()));
        Matcher numbers = ORDER_NUMBER.matcher(text);
        while (numbers.find()) {
            concerns.add(numbers.group());
        }
        if (ticket.subject() != null) {
            Matcher words = WORD.matcher(ticket.subject());
            List<String> markers = PhraseSet.of(phrases.markers()).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
            while (words.find()) {
                if (!markers.contains(words.group().toLowerCase(Locale.ROOT))) {
                    concerns.add(words.group());
                }
            }
        }
        return concerns;
    }

    private static boolean addressed(String reply, Set<String> concerns) {
        return concerns.isEmpty() || concerns.stream().anyMatch(c -> PhraseMatcher.word(c).matcher(reply).find());
    }
}
