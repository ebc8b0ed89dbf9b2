package dev.opsdesk.ticket.intake.domain.mail;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticket token we put in the subject of every mail we send: {@code [#3F2A9C01]}. */
public final class ThreadToken {

    private static final Pattern TOKEN = Pattern.compile("\\[#([0-9A-F]{8,32})]");

    private ThreadToken() {
    }

    /** The token of {@code length} hex digits derived from the ticket id (lengthened on a collision). */
    public static String of(UUID ticketId, int length) {
        return ticketId.toString().replace("-", "").substring(0, length).toUpperCase(Locale.ROOT);
    }

    public static String inSubject(String token) {
        return "[#" + token + "]";
    }

    public static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The subject with every token removed, for a new ticket's subject. */
    public static String strip(String subject) {
        return TOKEN.matcher(subject).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
