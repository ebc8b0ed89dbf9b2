package dev.opsdesk.ticket.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A message on a ticket. {@code originTicketId} keeps where it was written, across merges. */
@Entity
@Table(name = "ticket_message")
public class TicketMessage extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "ticket_id", nullable = false)
    public UUID ticketId;

    @Column(name = "origin_ticket_id", nullable = false)
    public UUID originTicketId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Enumerated(EnumType.STRING)
    @Column(name = "author_type", nullable = false)
    public AuthorType authorType;

    @Column(name = "author_id")
    public String authorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Visibility visibility;

    @Column(nullable = false)
    public String body;

    /** Set when the message was written from a tenant message template (R17, R19). */
    public String subject;

    @Column(name = "template_id")
    public String templateId;

    /** R52: a supplier's or purchaser's content, relayed by staff. */
    @Column(name = "content_source")
    public String contentSource;

    /** CUSTOMER, or PURCHASER for a forward to the purchaser (R52). */
    @Column(nullable = false)
    public String recipient = "CUSTOMER";

    /** NOT_REQUIRED, PENDING (waits for an SME, not sent) or APPROVED (R52, A37). */
    @Column(name = "approval_state", nullable = false)
    public String approvalState = "NOT_REQUIRED";

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Why an inbound message was attached to this ticket (intake threading); null for messages written here. */
    @Column(name = "match_reason")
    public String matchReason;

    /** Loop protection's findings on an inbound message (auto-reply, bounce, list mail…). */
    @Column(name = "intake_flags", nullable = false)
    public String[] intakeFlags = new String[0];

    public static List<TicketMessage> of(UUID ticketId) {
        return list("ticketId = ?1 order by createdAt, id", ticketId);
    }

    /** The body of the customer's latest public message, or null (R87, R89). */
    public static String lastFromCustomer(UUID ticketId) {
        return find("ticketId = ?1 and authorType = ?2 and visibility = ?3 order by createdAt desc, id desc",
                ticketId, AuthorType.CUSTOMER, Visibility.PUBLIC)
                .firstResultOptional().map(m -> ((TicketMessage) m).body).orElse(null);
    }

    /** R90: has staff written anything on the ticket (public or internal)? */
    public static boolean staffWrote(UUID ticketId) {
        return count("ticketId = ?1 and authorType = ?2", ticketId, AuthorType.STAFF) > 0;
    }

    /** R24, R25: has staff written to the customer after {@code since} (the reply that set the status does not count)? */
    public static boolean staffRepliedPubliclySince(UUID ticketId, Instant since) {
        return count("ticketId = ?1 and authorType = ?2 and visibility = ?3 and createdAt > ?4",
                ticketId, AuthorType.STAFF, Visibility.PUBLIC, since) > 0;
    }
}
