package dev.opsdesk.qa.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** QA's own record of a ticket interaction that can be sampled for evaluation. */
@Entity
@Table(name = "qa_interaction")
public class ReviewableInteraction extends PanacheEntityBase {

    public static final String AWAITING_REVIEW = "AWAITING_REVIEW";

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
}
