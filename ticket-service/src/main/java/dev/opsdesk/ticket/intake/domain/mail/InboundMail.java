package dev.opsdesk.ticket.intake.domain.mail;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One inbound mail and what became of it: STORED (as a ticket message), DUPLICATE or REJECTED (with why). */
@Entity
@Table(name = "inbound_mail")
public class InboundMail extends PanacheEntityBase {

    public static final String STORED = "STORED";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String REJECTED = "REJECTED";

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    /** {@code imap:<mailbox>} or {@code http}. */
    @Column(nullable = false)
    public String source;

    @Column(name = "uid_validity")
    public Long uidValidity;

    public Long uid;

    @Column(name = "message_id_header")
    public String messageIdHeader;

    @Column(name = "from_address")
    public String fromAddress;

    public String subject;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "reject_reason")
    public String rejectReason;

    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "ticket_message_id")
    public UUID ticketMessageId;

    @Column(name = "match_reason")
    public String matchReason;

    @Column(nullable = false)
    public String[] flags = new String[0];

    @Column(name = "size_bytes", nullable = false)
    public int sizeBytes;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    public static InboundMail of(String tenantId, String source, Long uidValidity, Long uid, int size, Instant now) {
        InboundMail mail = new InboundMail();
        mail.id = UUID.randomUUID();
        mail.tenantId = tenantId;
        mail.source = source;
        mail.uidValidity = uidValidity;
        mail.uid = uid;
        mail.sizeBytes = size;
        mail.receivedAt = now;
        return mail;
    }

    public static Optional<InboundMail> storedWithMessageId(String tenantId, String messageId) {
        return find("tenantId = ?1 and messageIdHeader = ?2 and outcome = ?3", tenantId, messageId, STORED)
                .firstResultOptional();
    }

    /** Stored mails from {@code address} since {@code since} (the flood limit counts these). */
    public static long fromSince(String tenantId, String address, Instant since) {
        return count("tenantId = ?1 and fromAddress = ?2 and receivedAt > ?3 and outcome = ?4", tenantId, address, since,
                STORED);
    }
}
