package dev.opsdesk.ticket.domain;

import dev.opsdesk.ticket.domain.tenant.TenantTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** §4.6 reply lint (A38: advise, never block): acknowledgement in the first reply, negative words. */
public final class ReplyAdvice {

    private ReplyAdvice() {
    }

    public record Advice(String rule, String detail) {
    }

    /** What the reply goes onto: whether the ticket has a TYPE, was a merge target, and has notes. */
    public record Context(boolean firstStaffReply, boolean typeSet, boolean mergeTarget, boolean hasNotes,
                          boolean customerHasOtherTickets, boolean historyViewed, List<String> earlierLiveContacts) {
    }

    public static List<Advice> of(TenantTemplate rules, Context context, String body) {
        boolean firstStaffReply = context.firstStaffReply();
        TenantTemplate.Communication communication = rules.communication();
        List<Advice> advice = new ArrayList<>();
        if (communication == null) {
            return advice;
        }
        String text = body.toLowerCase(Locale.ROOT);
        List<String> phrases = communication.acknowledgementPhrases() == null ? List.of()
                : communication.acknowledgementPhrases();
        if (firstStaffReply && !phrases.isEmpty()
                && phrases.stream().noneMatch(p -> text.contains(p.toLowerCase(Locale.ROOT).replaceAll("[.!]$", "")))) {
            // R49: the first reply acknowledges the contact, e.g. "Thank you for contacting us."
            advice.add(new Advice("R49", "the first reply does not acknowledge the contact, e.g. \"" + phrases.get(0) + "\""));
        }
        for (String word : communication.negativeWords() == null ? List.<String>of() : communication.negativeWords()) {
            if (Pattern.compile("(?<![\\p{L}'])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}'])")
                    .matcher(text).find()) {
                // R51: avoid "no", "cannot" and other negative responses
                advice.add(new Advice("R51", "negative wording \"" + word + "\": say what we can do instead"));
            }
        }
        if (context.customerHasOtherTickets() && !context.historyViewed()) {
            // R34 (warn): look at the customer's other tickets before answering (GET …/related records it)
            advice.add(new Advice("R34", "the customer has other tickets: check the history before replying"));
        }
        if (firstStaffReply && !context.earlierLiveContacts().isEmpty()) {
            // R50: a customer who chatted, called or messaged before gets a recap of that contact
            advice.add(new Advice("R50", "the customer contacted us before by " + context.earlierLiveContacts()
                    + ": recap that contact, the agreement and the discussion"));
        }
        if (communication.typeRequiredOnReply() && !context.typeSet()) {
            // R33: the ticket TYPE is set when replying (a wrong or missing TYPE costs the QA "Tools" score)
            advice.add(new Advice("R33", "set the ticket TYPE before replying"));
        }
        if (context.mergeTarget() && (!context.typeSet() || !context.hasNotes())) {
            // R48: after a merge, Type, Status and Ticket Notes are checked before the reply goes out
            advice.add(new Advice("R48", "this ticket absorbed others: check its type, status and notes"));
        }
        return advice;
    }
}
