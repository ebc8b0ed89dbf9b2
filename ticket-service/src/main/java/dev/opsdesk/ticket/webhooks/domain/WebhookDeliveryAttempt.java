package dev.opsdesk.ticket.webhooks.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** One POST of a delivery: its answer's status (null on a network error), duration, error, first 1 KB of body. */
@Entity
@Table(name = "webhook_delivery_attempt")
public class WebhookDeliveryAttempt extends PanacheEntityBase {

    public static final int BODY_LIMIT = 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;

    public String error;

    @Column(name = "response_body")
    public String responseBody;

    /** The attempts of these deliveries, oldest first. */
    public static List<WebhookDeliveryAttempt> of(Collection<UUID> deliveryIds) {
        return deliveryIds.isEmpty() ? List.of() : list("deliveryId in ?1 order by id", deliveryIds);
    }
}
