package dev.opsdesk.ticket.webhooks.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.opsdesk.ticket.webhooks.domain.DeliveryStatus;
import dev.opsdesk.ticket.webhooks.domain.WebhookDelivery;
import dev.opsdesk.ticket.webhooks.domain.WebhookDeliveryAttempt;
import dev.opsdesk.ticket.webhooks.domain.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the webhook-subscription API answers. */
public final class WebhookViews {

    private WebhookViews() {
    }

    /** A subscription; {@code secret} only in the answers of create and rotate-secret. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Subscription(UUID id, String url, List<String> eventTypes, String description, boolean enabled,
                               String disabledReason, int consecutiveFailures, Instant createdAt, Instant updatedAt,
                               Instant secretRotatedAt, String secret) {
        static Subscription of(WebhookSubscription s, String secret) {
            return new Subscription(s.id, s.url, List.of(s.eventTypes), s.description, s.enabled, s.disabledReason,
                    s.consecutiveFailures, s.createdAt, s.updatedAt, s.secretRotatedAt, secret);
        }
    }

    public record Subscriptions(List<Subscription> items) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attempt(Instant at, Integer statusCode, int durationMs, String error, String responseBody) {
        static Attempt of(WebhookDeliveryAttempt a) {
            return new Attempt(a.attemptedAt, a.statusCode, a.durationMs, a.error, a.responseBody);
        }
    }

    /** A delivery with every attempt, oldest first; {@code nextAttemptAt} while it is PENDING. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delivery(UUID id, UUID eventId, String eventType, DeliveryStatus status, int attempts,
                           Instant nextAttemptAt, Instant createdAt, Instant deliveredAt, Integer lastStatusCode,
                           String lastError, List<Attempt> attemptLog) {
        static Delivery of(WebhookDelivery d, List<WebhookDeliveryAttempt> attempts) {
            return new Delivery(d.id, d.eventId, d.eventType, d.status, d.attempts,
                    d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.createdAt, d.deliveredAt,
                    d.lastStatusCode, d.lastError, attempts.stream().map(Attempt::of).toList());
        }
    }

    /** A page of deliveries, newest first; {@code nextCursor} is null on the last page. */
    public record Deliveries(List<Delivery> items, String nextCursor) {
    }
}
