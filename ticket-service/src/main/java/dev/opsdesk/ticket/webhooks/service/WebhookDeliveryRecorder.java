package dev.opsdesk.ticket.webhooks.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.ticket.messaging.out.OutboxEvent;
import dev.opsdesk.ticket.messaging.out.StructuredCloudEvent;
import dev.opsdesk.ticket.messaging.out.TicketEventsRecorded;
import dev.opsdesk.ticket.webhooks.config.WebhooksConfig;
import dev.opsdesk.ticket.webhooks.domain.WebhookEventTypes;
import dev.opsdesk.ticket.webhooks.domain.WebhookSubscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Creates the webhook deliveries of ticket events in the transaction that writes their outbox rows:
 * a delivery commits with its event or not at all (none lost), and one per (subscription, event) is
 * all the unique key admits (none doubled — the relay re-publishing a row to Kafka never comes back
 * here). Subscriptions are matched when the event happens, so one created later does not receive
 * earlier events.
 */
@ApplicationScoped
public class WebhookDeliveryRecorder {

    private final EntityManager em;
    private final ObjectMapper json;
    private final WebhooksConfig config;
    private final Clock clock;

    WebhookDeliveryRecorder(EntityManager em, ObjectMapper json, WebhooksConfig config, Clock clock) {
        this.em = em;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onRecorded(@Observes TicketEventsRecorded recorded) {
        Map<String, List<WebhookSubscription>> subscriptions = new HashMap<>();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (OutboxEvent row : recorded.rows()) {
            String body = null;
            for (WebhookSubscription subscription
                    : subscriptions.computeIfAbsent(row.tenantId, WebhookSubscription::enabledOf)) {
                if (!WebhookEventTypes.matches(subscription.eventTypes, row.eventType)) {
                    continue;
                }
                body = body == null ? StructuredCloudEvent.of(row, json) : body;
                insert(subscription, row, body, now);
            }
        }
    }

    private void insert(WebhookSubscription subscription, OutboxEvent row, String body, Instant now) {
        em.createNativeQuery("""
                        insert into webhook_delivery (id, tenant_id, subscription_id, event_id, event_type, body, status,
                            attempts, next_attempt_at, give_up_at, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?8, ?7)
                        on conflict (subscription_id, event_id) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, row.tenantId).setParameter(3, subscription.id)
                .setParameter(4, row.eventId).setParameter(5, row.eventType).setParameter(6, body)
                .setParameter(7, now).setParameter(8, now.plus(config.maxAge()))
                .executeUpdate();
    }
}
