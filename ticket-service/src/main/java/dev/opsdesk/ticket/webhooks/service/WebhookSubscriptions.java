package dev.opsdesk.ticket.webhooks.service;

import dev.opsdesk.ticket.domain.Conflict;
import dev.opsdesk.ticket.domain.NotFound;
import dev.opsdesk.ticket.domain.RuleViolation;
import dev.opsdesk.ticket.service.AuditLog;
import dev.opsdesk.ticket.webhooks.config.WebhooksConfig;
import dev.opsdesk.ticket.webhooks.domain.DeliveryStatus;
import dev.opsdesk.ticket.webhooks.domain.WebhookDelivery;
import dev.opsdesk.ticket.webhooks.domain.WebhookDeliveryAttempt;
import dev.opsdesk.ticket.webhooks.domain.WebhookEventTypes;
import dev.opsdesk.ticket.webhooks.domain.WebhookSubscription;
import dev.opsdesk.ticket.webhooks.domain.WebhookUrlPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An admin's webhook subscriptions, of the caller's tenant only (another tenant's id is not found).
 * Every change is in the audit log with before and after, never with the secret.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    static final String ENTITY = "webhook-subscription";
    private static final int MAX_EVENT_TYPES = 20;
    private static final int MAX_DESCRIPTION = 500;

    private final WebhooksConfig config;
    private final WebhookSecrets secrets;
    private final AuditLog audit;
    private final Clock clock;
    private final WebhookUrlPolicy urls;

    WebhookSubscriptions(WebhooksConfig config, WebhookSecrets secrets, AuditLog audit, Clock clock,
                         WebhookUrlPolicy urls) {
        this.config = config;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
        this.urls = urls;
    }

    /** What a create or full replace sets; a change (PATCH) leaves null fields as they are. */
    public record Fields(String url, List<String> eventTypes, String description, Boolean enabled) {
    }

    /** A subscription with its secret in the clear: only the answer of create and rotate. */
    public record WithSecret(WebhookSubscription subscription, String secret) {
    }

    @Transactional
    public WithSecret create(String tenantId, Fields fields) {
        if (WebhookSubscription.count("tenantId", tenantId) >= config.maxSubscriptionsPerTenant()) {
            throw new Conflict("the tenant has " + config.maxSubscriptionsPerTenant()
                    + " webhook subscriptions, the most it may have");
        }
        Instant now = now();
        String secret = secrets.generate();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.tenantId = tenantId;
        subscription.url = checkedUrl(fields.url());
        subscription.eventTypes = checkedTypes(fields.eventTypes());
        subscription.description = checkedDescription(fields.description());
        subscription.enabled = fields.enabled() == null || fields.enabled();
        subscription.secret = secrets.seal(secret);
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscription.secretRotatedAt = now;
        subscription.persist();
        audit.record(tenantId, ENTITY + ".created", ENTITY, subscription.id.toString(), null,
                audit.snapshot(subscription.snapshot()));
        return new WithSecret(subscription, secret);
    }

    @Transactional
    public List<WebhookSubscription> list(String tenantId) {
        return WebhookSubscription.allOf(tenantId);
    }

    @Transactional
    public WebhookSubscription get(String tenantId, UUID id) {
        return WebhookSubscription.ofTenant(tenantId, id)
                .orElseThrow(() -> new NotFound("no webhook subscription " + id));
    }

    /** PATCH: the fields given replace the stored ones; re-enabling clears the failure count. */
    @Transactional
    public WebhookSubscription change(String tenantId, UUID id, Fields fields) {
        WebhookSubscription subscription = get(tenantId, id);
        var before = audit.snapshot(subscription.snapshot());
        if (fields.url() != null) {
            subscription.url = checkedUrl(fields.url());
        }
        if (fields.eventTypes() != null) {
            subscription.eventTypes = checkedTypes(fields.eventTypes());
        }
        if (fields.description() != null) {
            subscription.description = checkedDescription(fields.description());
        }
        if (fields.enabled() != null && fields.enabled() != subscription.enabled) {
            subscription.enabled = fields.enabled();
            subscription.consecutiveFailures = 0;
            subscription.disabledReason = null;
        }
        subscription.updatedAt = now();
        audit.record(tenantId, ENTITY + ".updated", ENTITY, id.toString(), before, audit.snapshot(subscription.snapshot()));
        return subscription;
    }

    /** PUT: every field replaced; a missing description clears it, a missing {@code enabled} enables. */
    @Transactional
    public WebhookSubscription replace(String tenantId, UUID id, Fields fields) {
        return change(tenantId, id, new Fields(fields.url(), fields.eventTypes(),
                fields.description() == null ? "" : fields.description(),
                fields.enabled() == null || fields.enabled()));
    }

    @Transactional
    public void delete(String tenantId, UUID id) {
        WebhookSubscription subscription = get(tenantId, id);
        var before = audit.snapshot(subscription.snapshot());
        subscription.delete();
        audit.record(tenantId, ENTITY + ".deleted", ENTITY, id.toString(), before, null);
    }

    @Transactional
    public WithSecret rotateSecret(String tenantId, UUID id) {
        WebhookSubscription subscription = get(tenantId, id);
        var before = audit.snapshot(rotation(subscription));
        String secret = secrets.generate();
        subscription.secret = secrets.seal(secret);
        subscription.secretRotatedAt = now();
        subscription.updatedAt = subscription.secretRotatedAt;
        audit.record(tenantId, ENTITY + ".secret-rotated", ENTITY, id.toString(), before,
                audit.snapshot(rotation(subscription)));
        return new WithSecret(subscription, secret);
    }

    /** A page of a subscription's deliveries with their attempts; {@code nextCursor} is null on the last page. */
    public record DeliveryPage(List<WebhookDelivery> deliveries, Map<UUID, List<WebhookDeliveryAttempt>> attempts,
                               Long nextCursor) {
    }

    @Transactional
    public DeliveryPage deliveries(String tenantId, UUID subscriptionId, DeliveryStatus status, Long beforeSeq,
                                   int limit) {
        get(tenantId, subscriptionId);
        List<WebhookDelivery> rows = WebhookDelivery.page(subscriptionId, status, beforeSeq, limit + 1);
        List<WebhookDelivery> page = rows.subList(0, Math.min(limit, rows.size()));
        Map<UUID, List<WebhookDeliveryAttempt>> attempts = WebhookDeliveryAttempt
                .of(page.stream().map(d -> d.id).toList()).stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        return new DeliveryPage(page, attempts, rows.size() > limit ? page.get(limit - 1).seq : null);
    }

    /** Sends a delivery again from its first attempt, with a fresh deadline; its attempt log is kept. */
    @Transactional
    public WebhookDelivery redeliver(String tenantId, UUID subscriptionId, UUID deliveryId) {
        WebhookSubscription subscription = get(tenantId, subscriptionId);
        if (!subscription.enabled) {
            throw new Conflict("the subscription is disabled; enable it before redelivering");
        }
        WebhookDelivery delivery = WebhookDelivery.ofSubscription(subscriptionId, deliveryId)
                .orElseThrow(() -> new NotFound("no delivery " + deliveryId + " of this subscription"));
        Instant now = now();
        delivery.status = DeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(config.maxAge());
        return delivery;
    }

    /** The audited state of a rotation (the field names stay clear of the audit log's secret mask). */
    private record Rotation(String url, Instant rotatedAt) {
    }

    private static Rotation rotation(WebhookSubscription subscription) {
        return new Rotation(subscription.url, subscription.secretRotatedAt);
    }

    private String checkedUrl(String url) {
        urls.refusal(url).ifPresent(reason -> {
            throw new RuleViolation(null, "url", "url " + reason);
        });
        return url.strip();
    }

    private static String[] checkedTypes(List<String> types) {
        if (types == null || types.isEmpty()) {
            throw new RuleViolation(null, "eventTypes", "name at least one event type, or \"*\" for all");
        }
        if (types.size() > MAX_EVENT_TYPES || types.stream().anyMatch(t -> t == null)) {
            throw new RuleViolation(null, "eventTypes", "at most " + MAX_EVENT_TYPES + " event types, none null");
        }
        WebhookEventTypes.unknown(types).ifPresent(type -> {
            throw new RuleViolation(null, "eventTypes", "'" + type + "' is not an event type; known: "
                    + String.join(", ", WebhookEventTypes.KNOWN.stream().sorted().toList()) + ", or *");
        });
        return new LinkedHashSet<>(types).toArray(String[]::new);
    }

    private static String checkedDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new RuleViolation(null, "description", "at most " + MAX_DESCRIPTION + " characters");
        }
        return description == null || description.isBlank() ? null : description;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
