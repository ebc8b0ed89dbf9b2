package dev.opsdesk.ticket.intake.domain.mail;

/** An attachment as parsed: name (may be null), content type, the decoded bytes. */
public record MailAttachment(String filename, String contentType, byte[] content) {
}
