package dev.opsdesk.ticket.intake.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Service-wide intake limits and schedules. What differs per tenant (mailboxes, SMTP, webhook
 * secrets, flood limit, acknowledgement) is in the tenant's intake settings, stored in the database.
 */
@ConfigMapping(prefix = "opsdesk.intake")
public interface IntakeConfig {

    /** How often the IMAP mailboxes are polled; {@code off} disables the job (tests drive it directly). */
    @WithDefault("30s")
    String pollEvery();

    /** How often the outgoing-mail relay and the chat silence watch run; {@code off} disables them. */
    @WithDefault("2s")
    String relayEvery();

    /** Domain of the Message-IDs we create, unless a tenant names its own. */
    @WithDefault("mail.opsdesk.local")
    String messageIdDomain();

    /** A raw message above this size is rejected (HTTP 413, or recorded as rejected for IMAP). */
    @WithDefault("5242880")
    int maxMessageBytes();

    /** One attachment (decoded) above this size rejects the message. */
    @WithDefault("3145728")
    int maxAttachmentBytes();

    /** The header section above this size rejects the message. */
    @WithDefault("65536")
    int maxHeaderBytes();

    /** Multiparts nested deeper than this reject the message. */
    @WithDefault("12")
    int maxMimeDepth();

    /** More MIME parts than this reject the message. */
    @WithDefault("200")
    int maxMimeParts();

    /** Longer message bodies are cut (and flagged BODY_TRUNCATED). */
    @WithDefault("200000")
    int maxBodyChars();

    /** Messages fetched per mailbox and poll. */
    @WithDefault("50")
    int pollBatch();

    /** Send attempts before an outgoing mail is marked FAILED. */
    @WithDefault("8")
    int relayMaxAttempts();

    /** First retry delay of an outgoing mail; doubled per attempt. */
    @WithDefault("30s")
    Duration relayBackoff();

    /**
     * How far the {@code X-Opsdesk-Timestamp} of a signed chat-transcript webhook may be from our
     * clock, either way, before it is refused as stale (replay window).
     */
    @WithDefault("5m")
    Duration webhookTolerance();

    /** Connect/read timeout towards IMAP and SMTP servers. */
    @WithDefault("20s")
    Duration mailTimeout();
}
