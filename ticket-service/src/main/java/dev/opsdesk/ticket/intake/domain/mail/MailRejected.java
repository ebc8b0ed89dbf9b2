package dev.opsdesk.ticket.intake.domain.mail;

/**
 * An inbound mail intake refuses, with a stable reason (the problem type slug over HTTP, the
 * {@code reject_reason} of an IMAP mail) and the HTTP status it answers with.
 */
public class MailRejected extends RuntimeException {

    private final String reason;
    private final int status;

    public MailRejected(String reason, int status, String detail) {
        super(detail);
        this.reason = reason;
        this.status = status;
    }

    public static MailRejected tooLarge(String detail) {
        return new MailRejected("message-too-large", 413, detail);
    }

    public static MailRejected unreadable(String reason, String detail) {
        return new MailRejected(reason, 422, detail);
    }

    public String reason() {
        return reason;
    }

    public int status() {
        return status;
    }
}
