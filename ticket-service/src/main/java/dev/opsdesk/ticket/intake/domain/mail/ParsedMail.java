package dev.opsdesk.ticket.intake.domain.mail;

import java.util.List;
import java.util.Set;

/**
 * An inbound mail reduced to what intake uses. {@code text} is the readable body (HTML turned into
 * text), before quoted-reply trimming; {@code referencedIds} are the Message-IDs of In-Reply-To and
 * References, newest first; {@code reportedIds} the Message-IDs a bounce reports on.
 */
public record ParsedMail(
        String messageId,
        List<String> referencedIds,
        String fromAddress,
        String fromName,
        List<String> otherAddresses,
        String subject,
        String text,
        List<MailAttachment> attachments,
        Set<IntakeFlag> flags,
        List<String> reportedIds,
        int sizeBytes) {

    public boolean loopFlagged() {
        return flags.stream().anyMatch(IntakeFlag::loop);
    }
}
