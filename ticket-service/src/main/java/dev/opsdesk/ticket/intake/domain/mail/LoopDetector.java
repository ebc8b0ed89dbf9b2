package dev.opsdesk.ticket.intake.domain.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises machine-sent mail by its headers (RFC 3834 Auto-Submitted, Precedence, the
 * X-Autoreply / X-Auto-Response-Suppress family, list headers), bounces (multipart/report DSNs,
 * mailer-daemon and postmaster senders, an empty Return-Path) and the notifications we send
 * ourselves (our {@link #OUR_HEADER} header). Such mail is stored and flagged, never auto-replied to.
 */
public final class LoopDetector {

    /** Set on every mail we send; a mail that carries it came from us. */
    public static final String OUR_HEADER = "X-Opsdesk-Ticket";

    private LoopDetector() {
    }

    static Set<IntakeFlag> flags(MimeMessage message, String fromAddress, boolean report) {
        Set<IntakeFlag> flags = EnumSet.noneOf(IntakeFlag.class);
        String autoSubmitted = header(message, "Auto-Submitted");
        if (autoSubmitted != null && !autoSubmitted.equalsIgnoreCase("no")) {
            flags.add(IntakeFlag.AUTO_SUBMITTED);
        }
        String precedence = header(message, "Precedence");
        if (precedence != null && Set.of("bulk", "junk", "list", "auto_reply").contains(precedence.toLowerCase(Locale.ROOT))) {
            flags.add(IntakeFlag.PRECEDENCE_BULK);
        }
        if (header(message, "X-Autoreply") != null || header(message, "X-Autorespond") != null
                || header(message, "X-Auto-Reply") != null) {
            flags.add(IntakeFlag.X_AUTOREPLY);
        }
        if (header(message, "X-Auto-Response-Suppress") != null) {
            flags.add(IntakeFlag.X_AUTO_RESPONSE_SUPPRESS);
        }
        if (header(message, "List-Unsubscribe") != null || header(message, "List-Id") != null) {
            flags.add(IntakeFlag.LIST_MAIL);
        }
        String local = fromAddress.substring(0, fromAddress.lastIndexOf('@')).toLowerCase(Locale.ROOT);
        String returnPath = header(message, "Return-Path");
        if (report || local.equals("mailer-daemon") || local.equals("postmaster")
                || returnPath != null && returnPath.replace(" ", "").equals("<>")) {
            flags.add(IntakeFlag.BOUNCE);
        }
        if (header(message, OUR_HEADER) != null) {
            flags.add(IntakeFlag.OUR_NOTIFICATION);
        }
        return flags;
    }

    /** Our own Message-ID domain in the mail's Message-ID also means it is one of ours coming back. */
    public static boolean isOurMessageId(String messageId, String ourDomain) {
        return messageId != null && messageId.toLowerCase(Locale.ROOT).endsWith("@" + ourDomain.toLowerCase(Locale.ROOT));
    }

    private static String header(MimeMessage message, String name) {
        try {
            String value = message.getHeader(name, ",");
            return value == null ? null : value.strip();
        } catch (MessagingException e) {
            return null;
        }
    }
}
