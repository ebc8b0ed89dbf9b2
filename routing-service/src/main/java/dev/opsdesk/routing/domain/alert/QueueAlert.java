package dev.opsdesk.routing.domain.alert;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * §2.2 QueueAlert: one per spike (queue, kind, pattern). While it is live, further tickets join it
 * instead of raising new alerts (A28, A29); the recipient is a role (the support director).
 */
@Entity
@Table(name = "queue_alert")
public class QueueAlert extends PanacheEntityBase {

    @Id
    @Column(name = "alert_id")
    public UUID alertId;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String queue;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SpikeKind kind;

    public String pattern;

    @Column(nullable = false)
    public double threshold;

    @Column(nullable = false)
    public double observed;

    @Column(name = "window_start")
    public Instant windowStart;

    @Column(name = "window_end")
    public Instant windowEnd;

    @Column(name = "recipient_role", nullable = false)
    public String recipientRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AlertStatus status;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "cleared_at")
    public Instant clearedAt;

    /** How many tickets the last published event listed (a grown alert is published again). */
    @Column(name = "published_count", nullable = false)
    public int publishedCount;

    @Column(name = "last_published_at")
    public Instant lastPublishedAt;

    /**
     * A29/A28 updates: an alert is published again when it doubled since its last event, or, on the
     * periodic tick, when it grew and its last event is at least {@code interval} old. Every tick
     * re-published every growing alert with its ticket list (~6 events/s, 22 KB each, under a flood).
     * A zero interval publishes a grown alert on every tick.
     */
    public boolean republishDue(long count, boolean periodic, Instant now, Duration interval) {
        if (count >= 2L * publishedCount && count > publishedCount) {
            return true;
        }
        return periodic && count > publishedCount
                && (interval.isZero() || lastPublishedAt == null || !now.isBefore(lastPublishedAt.plus(interval)));
    }

    public static QueueAlert open(String tenantId, String queue, SpikeKind kind, String pattern, double threshold,
                                  double observed, Instant windowStart, Instant windowEnd, String recipientRole,
                                  Instant now) {
        QueueAlert alert = new QueueAlert();
        alert.alertId = UUID.randomUUID();
        alert.tenantId = tenantId;
        alert.queue = queue;
        alert.kind = kind;
        alert.pattern = pattern;
        alert.threshold = threshold;
        alert.observed = observed;
        alert.windowStart = windowStart;
        alert.windowEnd = windowEnd;
        alert.recipientRole = recipientRole;
        alert.status = AlertStatus.OPEN;
        alert.detectedAt = now;
        return alert;
    }

    public boolean live() {
        return status != AlertStatus.CLEARED;
    }

    public static Optional<QueueAlert> live(String tenantId, String queue, SpikeKind kind, String pattern) {
        return find("tenantId = ?1 and queue = ?2 and kind = ?3 and coalesce(pattern, '') = ?4 and status <> ?5",
                tenantId, queue, kind, pattern == null ? "" : pattern, AlertStatus.CLEARED).firstResultOptional();
    }

    /** The tenant's live alerts (a modifiable list). */
    public static List<QueueAlert> liveOfTenant(String tenantId) {
        return new java.util.ArrayList<>(list("tenantId = ?1 and status <> ?2 order by detectedAt", tenantId,
                AlertStatus.CLEARED));
    }

    public static Optional<QueueAlert> findInTenant(String tenantId, UUID alertId) {
        return find("alertId = ?1 and tenantId = ?2", alertId, tenantId).firstResultOptional();
    }
}
