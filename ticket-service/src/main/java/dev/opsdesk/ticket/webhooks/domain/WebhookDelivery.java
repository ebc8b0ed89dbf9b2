package dev.opsdesk.ticket.webhooks.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One event for one subscription: the CloudEvent body to POST, and where its attempts stand. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Insertion order (bigserial; rows are inserted by native SQL), the cursor of the delivery list. */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "give_up_at", nullable = false)
    public Instant giveUpAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static Optional<WebhookDelivery> ofSubscription(UUID subscriptionId, UUID id) {
        return find("subscriptionId = ?1 and id = ?2", subscriptionId, id).firstResultOptional();
    }

    /** A page of a subscription's deliveries, newest first, after the cursor {@code beforeSeq} (null: from the newest). */
    public static List<WebhookDelivery> page(UUID subscriptionId, DeliveryStatus status, Long beforeSeq, int limit) {
        StringBuilder query = new StringBuilder("subscriptionId = :subscription");
        Parameters params = Parameters.with("subscription", subscriptionId);
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (beforeSeq != null) {
            query.append(" and seq < :before");
            params.and("before", beforeSeq);
        }
        return find(query.append(" order by seq desc").toString(), params).page(0, limit).list();
    }
}
