package dev.opsdesk.qa.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * QA's own record of a ticket interaction that can be evaluated: what ticket.created said about it,
 * its owner (ticket.assigned), whether a reviewer has evaluated it, and when AutoQA is due to (re)run
 * on it (set when the ticket reaches a closed status, a little after its last event so that the
 * events of one change are read together).
 */
@Entity
@Table(name = "qa_interaction")
public class ReviewableInteraction extends PanacheEntityBase {

    public static final String AWAITING_REVIEW = "AWAITING_REVIEW";
    public static final String REVIEWED = "REVIEWED";

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;
    @Column(name = "tenant_id", nullable = false)
    public String tenantId;
    @Column(nullable = false)
    public String channel;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "review_state", nullable = false)
    public String reviewState;
    public String subject;
    public String store;
    @Column(name = "requester_name")
    public String requesterName;
    @Column(name = "requester_email")
    public String requesterEmail;
    @Column(name = "requester_phone")
    public String requesterPhone;
    @Column(name = "requester_social")
    public String requesterSocial;
    @Column(name = "owner_id")
    public String ownerId;
    /** The canonical status category (§2.3) the ticket is in now. */
    @Column(name = "status_category")
    public String statusCategory;
    @Column(name = "autoqa_due_at")
    public Instant autoqaDueAt;
    @Column(name = "autoqa_attempts", nullable = false)
    public int autoqaAttempts;

    public static ReviewableInteraction received(UUID ticketId, String tenantId, String channel, Instant createdAt) {
        ReviewableInteraction row = new ReviewableInteraction();
        row.ticketId = ticketId;
        row.tenantId = tenantId;
        row.channel = channel;
        row.receivedAt = createdAt;
        row.reviewState = AWAITING_REVIEW;
        return row;
    }

    public static long awaitingReview(String tenantId) {
        return count("tenantId = ?1 and reviewState = ?2", tenantId, AWAITING_REVIEW);
    }

    public static Optional<ReviewableInteraction> inTenant(String tenantId, UUID ticketId) {
        return find("tenantId = ?1 and ticketId = ?2", tenantId, ticketId).firstResultOptional();
    }

    /** §2.3 categories of a ticket whose interaction is over and can be evaluated. */
    public static final java.util.Set<String> CLOSED = java.util.Set.of("SOLVED", "SOLVED_EXTERNAL", "CLOSED_NO_ACTION");

    public boolean closed() {
        return statusCategory != null && CLOSED.contains(statusCategory);
    }

    /** AutoQA runs again {@code settle} after the latest event of a closed ticket. */
    public void autoQaDue(Instant at) {
        autoqaDueAt = at;
        autoqaAttempts = 0;
    }
}
