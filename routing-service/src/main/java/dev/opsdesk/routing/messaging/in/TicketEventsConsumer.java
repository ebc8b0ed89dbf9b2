package dev.opsdesk.routing.messaging.in;

import dev.opsdesk.routing.service.TicketIntake;
import dev.opsdesk.routing.service.TicketLifecycle;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Applies ticket events to the routing records. The effect and the processed-event mark
 * commit together; the offset is acknowledged after that commit, so a crash replays the record
 * and the mark makes the replay a no-op. Poison records are dead-lettered (failure-strategy);
 * unknown event types are skipped (tolerant reader). While the database is unavailable a record waits
 * in {@link TransientFailureRetry} instead of failing.
 */
@ApplicationScoped
public class TicketEventsConsumer {

    private static final Logger LOG = Logger.getLogger(TicketEventsConsumer.class);

    private final CloudEventDecoder decoder;
    private final TicketIntake intake;
    private final TicketLifecycle lifecycle;
    private final MeterRegistry metrics;
    private final TransientFailureRetry retry;

    TicketEventsConsumer(CloudEventDecoder decoder, TicketIntake intake, TicketLifecycle lifecycle,
                         MeterRegistry metrics, TransientFailureRetry retry) {
        this.decoder = decoder;
        this.intake = intake;
        this.lifecycle = lifecycle;
        this.metrics = metrics;
        this.retry = retry;
    }

    @Incoming("ticket-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        try {
            IncomingEvent event = decoder.decode(record);
            retry.run(record.topic() + "-" + record.partition() + "@" + record.offset(), () -> apply(event));
            metrics.counter("opsdesk.events.consumed", "type", event.type()).increment();
        } catch (PoisonEventException e) {
            metrics.counter("opsdesk.events.dead-lettered", "topic", record.topic()).increment();
            LOG.warnf("dead-lettering %s-%d@%d: %s", record.topic(), record.partition(), record.offset(), e.getMessage());
            throw e;
        }
    }

    private void apply(IncomingEvent event) {
        switch (event.type()) {
            case "ticket.created" -> {
                TicketCreatedData data = decoder.data(event, TicketCreatedData.class);
                data.requireComplete(event.id());
                intake.ticketCreated(event.id(), data);
            }
            case "ticket.classified" -> {
                TicketEventData.Classified d = decoder.data(event, TicketEventData.Classified.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId());
                intake.ticketClassified(event.id(), d);
            }
            case "ticket.assigned" -> {
                TicketEventData.Assigned d = decoder.data(event, TicketEventData.Assigned.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId(), d.assignedAt());
                lifecycle.assigned(event.id(), d);
            }
            case "ticket.status-changed" -> {
                TicketEventData.StatusChanged d = decoder.data(event, TicketEventData.StatusChanged.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId(), d.to(), d.changedAt());
                lifecycle.statusChanged(event.id(), d);
            }
            case "ticket.message-added" -> {
                TicketEventData.MessageAdded d = decoder.data(event, TicketEventData.MessageAdded.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId(), d.createdAt());
                lifecycle.messageAdded(event.id(), d);
            }
            case "ticket.note-added" -> {
                TicketEventData.NoteAdded d = decoder.data(event, TicketEventData.NoteAdded.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId(), d.createdAt());
                lifecycle.noteAdded(event.id(), d);
            }
            case "ticket.resolved" -> {
                TicketEventData.Resolved d = decoder.data(event, TicketEventData.Resolved.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId(), d.resolvedAt());
                lifecycle.resolved(event.id(), d);
            }
            case "ticket.merged" -> {
                TicketEventData.Merged d = decoder.data(event, TicketEventData.Merged.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId(), d.mergedAt());
                lifecycle.merged(event.id(), d);
            }
            case "ticket.unmerged" -> {
                TicketEventData.Unmerged d = decoder.data(event, TicketEventData.Unmerged.class);
                TicketEventData.require(event.type(), event.id(), d.ticketId(), d.tenantId());
                lifecycle.unmerged(event.id(), d);
            }
            default -> {
                // a type this consumer does not read (tolerant reader)
            }
        }
    }
}
