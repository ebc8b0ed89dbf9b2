package dev.opsdesk.routing.domain;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a routing rule matches (§2.2 RoutingRule): every listed field must match, any value of a
 * list will do. Topics match as path prefixes; subject keywords as whole words, ignoring case.
 */
public record RuleConditions(List<String> caseTypes, List<String> caseReasons, List<String> channels,
                             List<String> stores, List<String> topics, List<String> subjectKeywords) {

    public static final RuleConditions ANY = new RuleConditions(null, null, null, null, null, null);

    public boolean matches(RoutedTicket ticket, List<String> tenantCaseTypes) {
        return anyOf(caseTypes, ticket.caseType(tenantCaseTypes))
                && anyOf(caseReasons, ticket.caseReason)
                && anyOf(channels, ticket.channel)
                && anyOf(stores, ticket.store)
                && topicMatches(ticket.topics)
                && keywordMatches(ticket.subject);
    }

    public boolean empty() {
        return none(caseTypes) && none(caseReasons) && none(channels) && none(stores) && none(topics)
                && none(subjectKeywords);
    }

    private static boolean anyOf(List<String> wanted, String actual) {
        return none(wanted) || actual != null && wanted.stream().anyMatch(actual::equalsIgnoreCase);
    }

    private boolean topicMatches(String[] ticketTopics) {
        return none(topics) || Arrays.stream(ticketTopics)
                .anyMatch(t -> topics.stream().anyMatch(p -> t.equals(p) || t.startsWith(p + " / ")));
    }

    private boolean keywordMatches(String subject) {
        return none(subjectKeywords) || subject != null && subjectKeywords.stream().anyMatch(k -> Pattern
                .compile("(?iu)(?<![\\p{L}\\p{N}])" + Pattern.quote(k) + "(?![\\p{L}\\p{N}])")
                .matcher(subject).find());
    }

    private static boolean none(List<String> values) {
        return values == null || values.isEmpty();
    }
}
