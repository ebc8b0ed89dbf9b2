package dev.opsdesk.reporting.messaging.in;

import dev.opsdesk.reporting.service.ReadModelWriter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Applies ticket, routing and QA events to the reporting read models. The effect and the
 * processed-event mark commit together; the offset is acknowledged after that commit, so a crash
 * replays the record and the mark makes the replay a no-op. Poison records are dead-lettered to
 * {@code <topic>-dlq-reporting-service} (failure-strategy); unknown types are skipped. While the
 * database is unavailable a record waits in {@link TransientFailureRetry} instead of failing.
 */
@ApplicationScoped
public class EventsConsumer {

    private static final Logger LOG = Logger.getLogger(EventsConsumer.class);

    private final CloudEventDecoder decoder;
    private final EventReader reader;
    private final ReadModelWriter writer;
    private final MeterRegistry metrics;
    private final TransientFailureRetry retry;

    EventsConsumer(CloudEventDecoder decoder, EventReader reader, ReadModelWriter writer, MeterRegistry metrics,
                   TransientFailureRetry retry) {
        this.decoder = decoder;
        this.reader = reader;
        this.writer = writer;
        this.metrics = metrics;
        this.retry = retry;
    }

    @Incoming("ticket-events")
    @Blocking(ordered = true)
    public void ticketEvents(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @Incoming("routing-events")
    @Blocking(ordered = true)
    public void routingEvents(ConsumerRecord<String, String> record) {
        consume(record);
    }

    @Incoming("qa-events")
    @Blocking(ordered = true)
    public void qaEvents(ConsumerRecord<String, String> record) {
        consume(record);
    }

    private void consume(ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = decoder.decode(record);
            Optional<EventData> data = reader.read(event);
            data.ifPresent(d -> retry.run(record.topic() + "-" + record.partition() + "@" + record.offset(),
                    () -> writer.apply(event, d)));
            metrics.counter("opsdesk.events.consumed", "type", event.type()).increment();
        } catch (PoisonEventException e) {
            metrics.counter("opsdesk.events.dead-lettered", "topic", record.topic()).increment();
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }
}
