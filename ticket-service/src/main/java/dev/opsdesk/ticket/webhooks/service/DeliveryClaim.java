package dev.opsdesk.ticket.webhooks.service;

import java.time.Instant;
import java.util.UUID;

/**
 * A due delivery one dispatcher has claimed to send, with what sending it needs. It is its own until
 * {@code leaseUntil}, which is also the delivery's {@code next_attempt_at} while the lease holds.
 */
record DeliveryClaim(UUID deliveryId, UUID subscriptionId, String tenantId, String url, String secret, UUID eventId,
                     String body, Instant giveUpAt, Instant leaseUntil) {
}
