package dev.opsdesk.routing.messaging.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdesk.routing.domain.event.RoutingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.List;

/** Appends routing events to the outbox inside the caller's transaction (never on its own). */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper json;
    private final Event<OutboxAppended> appended;

    OutboxWriter(ObjectMapper json, Event<OutboxAppended> appended) {
        this.json = json;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(List<? extends RoutingEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        for (RoutingEvent event : events) {
            OutboxEvent row = new OutboxEvent();
            row.eventId = event.eventId();
            row.eventType = event.type();
            row.aggregateId = event.aggregateId();
            row.tenantId = event.tenantId();
            row.payload = toJson(event);
            row.occurredAt = event.occurredAt();
            row.persist();
        }
        appended.fire(new OutboxAppended(events.size()));
    }

    /** The CloudEvent data: the event's fields; its id travels in the envelope ({@code ce_id}). */
    private String toJson(RoutingEvent event) {
        ObjectNode data = json.valueToTree(event);
        data.remove("eventId");
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.type() + " cannot be serialised", e);
        }
    }
}
