package dev.opsdesk.ticket.intake.domain.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A mail to send, recorded in the transaction that caused it (a staff reply, a recap, an
 * acknowledgement) and sent by the mail relay, which marks it SENT only after the SMTP server
 * accepted it; it retries with back-off and gives up as FAILED after the configured attempts.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail extends PanacheEntityBase {

    public static final String PENDING = "PENDING";
    public static final String SENT = "SENT";
    public static final String FAILED = "FAILED";

    /** What the mail is: REPLY (staff message), ACKNOWLEDGEMENT (auto-reply to a new ticket). */
    public enum Kind { REPLY, ACKNOWLEDGEMENT }

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "ticket_message_id")
    public UUID ticketMessageId;

    @Column(nullable = false)
    public String kind;

    /** Without the angle brackets. */
    @Column(name = "message_id_header", nullable = false)
    public String messageIdHeader;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    /** Space-separated, without angle brackets, oldest first. */
    @Column(name = "mail_references")
    public String references;

    @Column(name = "to_address", nullable = false)
    public String toAddress;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "auto_submitted", nullable = false)
    public boolean autoSubmitted;

    @Column(nullable = false)
    public String status = PENDING;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    public static List<OutgoingMail> ofTicket(UUID ticketId) {
        return list("ticketId = ?1 order by createdAt, id", ticketId);
    }
}
