package dev.opsdesk.reporting.messaging.in;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** Binds an event's data to this service's reading of its type; unknown types are skipped (ADR 0003). */
@ApplicationScoped
public class EventReader {

    private static final Map<String, Class<? extends EventData>> TYPES = Map.ofEntries(
            Map.entry("ticket.created", TicketEvents.Created.class),
            Map.entry("ticket.message-added", TicketEvents.MessageAdded.class),
            Map.entry("ticket.status-changed", TicketEvents.StatusChanged.class),
            Map.entry("ticket.resolved", TicketEvents.Resolved.class),
            Map.entry("ticket.classified", TicketEvents.Classified.class),
            Map.entry("ticket.assigned", TicketEvents.Assigned.class),
            Map.entry("ticket.merged", TicketEvents.Merged.class),
            Map.entry("ticket.unmerged", TicketEvents.Unmerged.class),
            Map.entry("ticket.activity-logged", TicketEvents.ActivityLogged.class),
            Map.entry("routing.assignment-decided", RoutingEvents.AssignmentDecided.class),
            Map.entry("routing.ticket-requeued", RoutingEvents.TicketRequeued.class),
            Map.entry("routing.queue-spike-detected", RoutingEvents.QueueSpikeDetected.class),
            Map.entry("routing.alert-acknowledged", RoutingEvents.AlertAcknowledged.class),
            Map.entry("routing.sla-timer-changed", RoutingEvents.SlaTimerChanged.class),
            Map.entry("routing.sla-warning", RoutingEvents.SlaWarning.class),
            Map.entry("routing.sla-breached", RoutingEvents.SlaBreached.class),
            Map.entry("qa.evaluation-completed", QaEvents.EvaluationCompleted.class),
            Map.entry("qa.autoqa-flagged", QaEvents.AutoqaFlagged.class));

    private final CloudEventDecoder decoder;

    EventReader(CloudEventDecoder decoder) {
        this.decoder = decoder;
    }

    /** The checked data of a type this service reads, or empty for a type it does not use. */
    public Optional<EventData> read(IncomingEvent event) {
        Class<? extends EventData> type = TYPES.get(event.type());
        if (type == null) {
            return Optional.empty();
        }
        EventData data = decoder.data(event, type);
        if (data == null) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " is null");
        }
        data.requireComplete(event.id());
        return Optional.of(data);
    }
}
