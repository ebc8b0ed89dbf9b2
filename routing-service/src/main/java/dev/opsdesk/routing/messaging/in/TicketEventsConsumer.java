package dev.opsdesk.routing.messaging.in;

import dev.opsdesk.routing.service.TicketIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Applies ticket events to the routing records. The effect and the processed-event mark
 * commit together; the offset is acknowledged after that commit, so a crash replays the record
 * and the mark makes the replay a no-op. Poison records are dead-lettered (failure-strategy).
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private static final Logger LOG = Logger.getLogger(TicketEventsConsumer.class);

    private final CloudEventDecoder decoder;
    private final TicketIntake intake;
    private final MeterRegistry metrics;

    TicketEventsConsumer(CloudEventDecoder decoder, TicketIntake intake, MeterRegistry metrics) {
        this.decoder = decoder;
        this.intake = intake;
        this.metrics = metrics;
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = decoder.decode(record);
            if ("ticket.created".equals(event.type())) {
                TicketCreatedData data = decoder.data(event, TicketCreatedData.class);
                data.requireComplete(event.id());
                intake.ticketCreated(event.id(), data);
            }
            metrics.counter("opsdesk.events.consumed", "type", event.type()).increment();
        } catch (PoisonEventException e) {
            metrics.counter("opsdesk.events.dead-lettered", "topic", record.topic()).increment();
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }
}
