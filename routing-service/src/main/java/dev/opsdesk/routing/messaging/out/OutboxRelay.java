package dev.opsdesk.routing.messaging.out;

import dev.opsdesk.routing.config.OutboxConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Publishes the outbox to Kafka in {@code position} order and marks a row published only after the
 * broker acknowledged it (acks=all, idempotent producer). At-least-once: a crash between the
 * acknowledgement and the commit re-sends the row with the same event id, which consumers ignore.
 * One relay works at a time across replicas (a transaction-scoped advisory lock), so the events of
 * a ticket keep their order.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x6f7073_726f75L; // "ops" "rou"

    private final EntityManager em;
    private final CloudEventPublisher publisher;
    private final OutboxConfig config;
    private final Counter published;
    private final Counter failed;

    OutboxRelay(EntityManager em, CloudEventPublisher publisher, OutboxConfig config, MeterRegistry registry) {
        this.em = em;
        this.publisher = publisher;
        this.config = config;
        this.published = registry.counter("opsdesk.outbox.published");
        this.failed = registry.counter("opsdesk.outbox.publish.failures");
    }

    /** Publishes one batch; returns how many rows it published (0 when another replica holds the lock). */
    @Transactional
    int relayBatch() {
        if (!tryLock()) {
            return 0;
        }
        List<OutboxEvent> batch = OutboxEvent.nextUnpublished(config.batchSize());
        if (batch.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent row : batch) {
            acks.add(publisher.publish(row));
        }
        long deadline = System.nanoTime() + config.sendTimeout().toNanos();
        Instant now = Instant.now();
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.publishedAt = now;
                published.increment();
                sent++;
            } catch (ExecutionException | TimeoutException e) {
                row.attempts++;
                row.lastError = describe(e);
                failed.increment();
                LOG.warnf("outbox event %s (%s) not published yet: %s", row.eventId, row.eventType, row.lastError);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return sent;
            }
        }
        return sent;
    }

    private boolean tryLock() {
        Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
