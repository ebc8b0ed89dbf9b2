package dev.opsdesk.ticket.messaging.in;

import dev.opsdesk.ticket.service.RoutingDecisions;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;

/**
 * Applies routing-service's decisions (routing-events, consumer group ticket-service). The effect
 * and the processed-event mark commit together; the offset is acknowledged after that commit.
 * Poison records are dead-lettered to routing-events-dlq-ticket-service; other event types are
 * skipped (tolerant reader). A concurrent change of the same ticket (optimistic lock) is retried; while
 * the database is unavailable the record waits in {@link TransientFailureRetry} instead of failing.
 */
@ApplicationScoped
public class RoutingEventsConsumer {

    private static final Logger LOG = Logger.getLogger(RoutingEventsConsumer.class);
    private static final int ATTEMPTS = 5;

    private final CloudEventDecoder decoder;
    private final RoutingDecisions decisions;
    private final MeterRegistry metrics;
    private final TransientFailureRetry retry;

    RoutingEventsConsumer(CloudEventDecoder decoder, RoutingDecisions decisions, MeterRegistry metrics,
                          TransientFailureRetry retry) {
        this.decoder = decoder;
        this.decisions = decisions;
        this.metrics = metrics;
        this.retry = retry;
    }

    @Incoming("routing-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = decoder.decode(record);
            String what = record.topic() + "-" + record.partition() + "@" + record.offset();
            switch (event.type()) {
                case "routing.assignment-decided" -> {
                    RoutingEventData.AssignmentDecided data = decoder.data(event, RoutingEventData.AssignmentDecided.class);
                    data.requireComplete(event.id());
                    retry.run(what, () -> retrying(() -> decisions.apply(event.id(), data)));
                }
                case "routing.ticket-requeued" -> {
                    RoutingEventData.TicketRequeued data = decoder.data(event, RoutingEventData.TicketRequeued.class);
                    data.requireComplete(event.id());
                    retry.run(what, () -> retrying(() -> decisions.requeue(event.id(), data)));
                }
                default -> {
                    // alerts and SLA timers are for other readers
                }
            }
            metrics.counter("opsdesk.events.consumed", "type", event.type()).increment();
        } catch (PoisonEventException e) {
            metrics.counter("opsdesk.events.dead-lettered", "topic", record.topic()).increment();
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }

    private static void retrying(Runnable apply) {
        for (int attempt = 1; ; attempt++) {
            try {
                apply.run();
                return;
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !concurrentUpdate(e)) {
                    throw e;
                }
                LOG.debugf("ticket changed concurrently, applying the routing event again (attempt %d)", attempt + 1);
            }
        }
    }

    private static boolean concurrentUpdate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
