package dev.opsdesk.ticket.webhooks.service;

import dev.opsdesk.ticket.service.AuditLog;
import dev.opsdesk.ticket.webhooks.config.WebhooksConfig;
import dev.opsdesk.ticket.webhooks.domain.DeliveryStatus;
import dev.opsdesk.ticket.webhooks.domain.RetryPolicy;
import dev.opsdesk.ticket.webhooks.domain.WebhookDelivery;
import dev.opsdesk.ticket.webhooks.domain.WebhookDeliveryAttempt;
import dev.opsdesk.ticket.webhooks.domain.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/**
 * The dispatcher's two short transactions around each send. {@link #claim} takes due deliveries
 * with {@code for update skip locked} and leases them (moves their next attempt past the longest a
 * send can take) before it commits, so no other replica or round sends them meanwhile, and no lock
 * is held while a receiver is slow; a crash mid-send leaves the delivery to be retried once the
 * lease ends. The dispatcher starts a send only if it times out before the lease ends, so two sends
 * of one delivery never overlap. {@link #record} logs the attempt and decides what comes next.
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);

    private final EntityManager em;
    private final WebhooksConfig config;
    private final WebhookSecrets secrets;
    private final AuditLog audit;
    private final RetryPolicy retries;
    private final Duration lease;

    WebhookDeliveries(EntityManager em, WebhooksConfig config, WebhookSecrets secrets, AuditLog audit) {
        this.em = em;
        this.config = config;
        this.secrets = secrets;
        this.audit = audit;
        this.retries = new RetryPolicy(config.maxAttempts(), config.initialBackoff(), config.maxBackoff(),
                () -> ThreadLocalRandom.current().nextDouble());
        this.lease = config.connectTimeout().plus(config.readTimeout()).plusSeconds(30);
    }

    /** Due deliveries of enabled subscriptions, oldest due first, leased to the caller. */
    @Transactional
    List<DeliveryClaim> claim(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        select d.id, d.subscription_id, d.tenant_id, s.url, s.secret, d.event_id, d.body, d.give_up_at
                        from webhook_delivery d join webhook_subscription s on s.id = d.subscription_id
                        where d.status = 'PENDING' and d.next_attempt_at <= ?1 and s.enabled
                        order by d.next_attempt_at limit ?2
                        for update of d skip locked""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
        Instant leaseUntil = now.plus(lease).truncatedTo(ChronoUnit.MICROS);
        List<DeliveryClaim> claims = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            claims.add(new DeliveryClaim((UUID) row[0], (UUID) row[1], (String) row[2], (String) row[3],
                    secrets.open((String) row[4]), (UUID) row[5], (String) row[6], instant(row[7]), leaseUntil));
        }
        if (!claims.isEmpty()) {
            em.createQuery("update WebhookDelivery d set d.nextAttemptAt = :until where d.id in :ids")
                    .setParameter("until", leaseUntil)
                    .setParameter("ids", claims.stream().map(DeliveryClaim::deliveryId).toList())
                    .executeUpdate();
        }
        return claims;
    }

    /** Logs one attempt and moves the delivery on: DELIVERED, retried later, or FAILED (maybe disabling its subscription). */
    @Transactional
    void record(DeliveryClaim claim, AttemptResult result, Instant now) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, claim.deliveryId(), LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING
                || !delivery.nextAttemptAt.equals(claim.leaseUntil())) {
            return; // deleted with its subscription, or redelivered, meanwhile
        }
        WebhookDeliveryAttempt attempt = new WebhookDeliveryAttempt();
        attempt.deliveryId = delivery.id;
        attempt.attemptedAt = now.minusMillis(result.durationMillis()).truncatedTo(ChronoUnit.MICROS);
        attempt.statusCode = result.statusCode().orElse(null);
        attempt.durationMs = (int) Math.min(Integer.MAX_VALUE, result.durationMillis());
        attempt.error = result.error();
        attempt.responseBody = result.responseBody();
        attempt.persist();

        delivery.attempts++;
        delivery.lastStatusCode = attempt.statusCode;
        delivery.lastError = result.error();
        RetryPolicy.Decision decision = result.refused() ? new RetryPolicy.Decision(DeliveryStatus.FAILED, null)
                : retries.decide(result.statusCode(), delivery.attempts, result.retryAfter(), now, delivery.giveUpAt);
        delivery.status = decision.status();
        switch (decision.status()) {
            case DELIVERED -> {
                delivery.deliveredAt = now;
                em.createNativeQuery("update webhook_subscription set consecutive_failures = 0"
                        + " where id = ?1 and consecutive_failures > 0").setParameter(1, claim.subscriptionId())
                        .executeUpdate();
            }
            case PENDING -> delivery.nextAttemptAt = decision.nextAttemptAt();
            case FAILED -> failed(claim, delivery, now);
        }
    }

    private void failed(DeliveryClaim claim, WebhookDelivery delivery, Instant now) {
        LOG.warnf("webhook delivery %s of event %s to subscription %s failed after %d attempt(s): %s", delivery.id,
                delivery.eventId, claim.subscriptionId(), delivery.attempts, delivery.lastError);
        WebhookSubscription subscription = em.find(WebhookSubscription.class, claim.subscriptionId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (subscription == null) {
            return;
        }
        subscription.consecutiveFailures++;
        if (config.autoDisableAfter() > 0 && subscription.enabled
                && subscription.consecutiveFailures >= config.autoDisableAfter()) {
            var before = audit.snapshot(subscription.snapshot());
            subscription.enabled = false;
            subscription.disabledReason = subscription.consecutiveFailures + " deliveries in a row failed";
            subscription.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
            audit.record(subscription.tenantId, WebhookSubscriptions.ENTITY + ".auto-disabled",
                    WebhookSubscriptions.ENTITY, subscription.id.toString(), before, audit.snapshot(subscription.snapshot()));
            LOG.warnf("webhook subscription %s of tenant %s disabled: %s", subscription.id, subscription.tenantId,
                    subscription.disabledReason);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : Instant.from((TemporalAccessor) value);
    }
}
