package dev.opsdesk.ticket.intake.domain.mail;

/**
 * What intake noticed about an inbound mail. The loop flags mean "machine-sent": such a mail is
 * stored and flagged but never auto-replied to; the others describe repairs made while parsing.
 */
public enum IntakeFlag {
    AUTO_SUBMITTED(true),
    PRECEDENCE_BULK(true),
    X_AUTOREPLY(true),
    X_AUTO_RESPONSE_SUPPRESS(true),
    LIST_MAIL(true),
    BOUNCE(true),
    OUR_NOTIFICATION(true),
    /** The sender went over the tenant's flood limit. */
    FLOOD(true),
    MALFORMED_MIME(false),
    UNKNOWN_CHARSET(false),
    NUL_STRIPPED(false),
    BODY_TRUNCATED(false),
    HTML_ONLY(false);

    private final boolean loop;

    IntakeFlag(boolean loop) {
        this.loop = loop;
    }

    /** Machine-sent mail: no auto-reply, ever. */
    public boolean loop() {
        return loop;
    }
}
