package dev.opsdesk.ticket.intake.domain.mail;

/** Size and shape limits every inbound mail is held to before anything is stored. */
public record MailLimits(int maxMessageBytes, int maxAttachmentBytes, int maxHeaderBytes, int maxDepth, int maxParts,
                         int maxBodyChars) {
}
