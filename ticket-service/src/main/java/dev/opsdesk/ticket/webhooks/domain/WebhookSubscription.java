package dev.opsdesk.ticket.webhooks.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A tenant's webhook: where to POST which ticket events, signed with its secret (stored sealed). */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tenant_id", nullable = false)
    public String tenantId;

    @Column(nullable = false)
    public String url;

    @Column(name = "event_types", nullable = false)
    public String[] eventTypes;

    public String description;

    @Column(nullable = false)
    public boolean enabled;

    /** Sealed by {@code WebhookSecrets}; never leaves through the API after create and rotate. */
    @Column(nullable = false)
    public String secret;

    /** Deliveries that ended FAILED since the last DELIVERED one (auto-disable). */
    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    /** Why the service disabled it; null when enabled or disabled by an admin. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "secret_rotated_at", nullable = false)
    public Instant secretRotatedAt;

    public static Optional<WebhookSubscription> ofTenant(String tenantId, UUID id) {
        return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
    }

    public static List<WebhookSubscription> allOf(String tenantId) {
        return list("tenantId = ?1 order by createdAt, id", tenantId);
    }

    public static List<WebhookSubscription> enabledOf(String tenantId) {
        return list("tenantId = ?1 and enabled = true", tenantId);
    }

    /** What the audit log records: everything but the secret. */
    public record Snapshot(String url, List<String> eventTypes, String description, boolean enabled,
                           String disabledReason) {
    }

    public Snapshot snapshot() {
        return new Snapshot(url, List.of(eventTypes), description, enabled, disabledReason);
    }
}
