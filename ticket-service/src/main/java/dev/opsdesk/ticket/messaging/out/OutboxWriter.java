package dev.opsdesk.ticket.messaging.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdesk.ticket.domain.TicketEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;

/** Appends domain events to the outbox inside the caller's transaction (never on its own). */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;
    private final Event<TicketEventsRecorded> recorded;

    OutboxWriter(ObjectMapper json, Event<OutboxAppended> appended, Event<TicketEventsRecorded> recorded) {
        this.json = json;
        this.appended = appended;
        this.recorded = recorded;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<? extends TicketEvent> events) {
        List<OutboxEvent> rows = new ArrayList<>(events.size());
        for (TicketEvent event : events) {
            OutboxEvent row = new OutboxEvent();
            row.eventId = event.eventId();
            row.eventType = event.type();
            row.aggregateId = event.ticketId();
            row.tenantId = event.tenantId();
            row.payload = toJson(event);
            row.occurredAt = event.occurredAt();
            row.persist();
            rows.add(row);
        }
        recorded.fire(new TicketEventsRecorded(List.copyOf(events), List.copyOf(rows)));
        appended.fire(new OutboxAppended(events.size()));
    }

    /** The CloudEvent data: the event's fields; its id travels in the envelope ({@code ce_id}). */
    private String toJson(TicketEvent event) {
        ObjectNode data = json.valueToTree(event);
        data.remove("eventId");
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
    }
}
