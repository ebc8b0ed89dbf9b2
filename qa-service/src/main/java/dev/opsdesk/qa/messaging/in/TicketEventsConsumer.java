package dev.opsdesk.qa.messaging.in;

import dev.opsdesk.qa.service.InteractionIntake;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Applies ticket events to QA's records of interactions. The effect and the processed-event mark
 * commit together; the offset is acknowledged after that commit, so a crash replays the record
 * and the mark makes the replay a no-op. Poison records are dead-lettered (failure-strategy);
 * event types QA does not use are skipped (tolerant reader, ADR 0003). While the database is
 * unavailable a record waits in {@link TransientFailureRetry} instead of failing.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private static final Logger LOG = Logger.getLogger(TicketEventsConsumer.class);

    static final Map<String, Class<? extends TicketEventData>> READ = Map.of(
            "ticket.created", TicketCreatedData.class,
            "ticket.message-added", MessageAddedData.class,
            "ticket.note-added", NoteAddedData.class,
            "ticket.status-changed", StatusChangedData.class,
            "ticket.classified", TicketClassifiedData.class,
            "ticket.resolved", TicketResolvedData.class,
            "ticket.merged", TicketMergedData.class,
            "ticket.assigned", TicketAssignedData.class);

    private final CloudEventDecoder decoder;
    private final InteractionIntake intake;
    private final MeterRegistry metrics;
    private final TransientFailureRetry retry;

    TicketEventsConsumer(CloudEventDecoder decoder, InteractionIntake intake, MeterRegistry metrics,
                         TransientFailureRetry retry) {
        this.decoder = decoder;
        this.intake = intake;
        this.metrics = metrics;
        this.retry = retry;
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = decoder.decode(record);
            Class<? extends TicketEventData> type = READ.get(event.type());
            if (type != null) {
                TicketEventData data = decoder.data(event, type);
                data.requireComplete(event.id());
                retry.run(record.topic() + "-" + record.partition() + "@" + record.offset(),
                        () -> intake.apply(event.id(), event.type(), data));
            }
            metrics.counter("opsdesk.events.consumed", "type", event.type()).increment();
        } catch (PoisonEventException e) {
            metrics.counter("opsdesk.events.dead-lettered", "topic", record.topic()).increment();
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }
}
