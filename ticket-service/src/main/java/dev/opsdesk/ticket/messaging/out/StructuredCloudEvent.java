package dev.opsdesk.ticket.messaging.out;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An outbox row as a CloudEvent in structured mode (one JSON document, {@code application/cloudevents+json}),
 * with the same attributes the Kafka binary mode carries in {@code ce_*} headers: what webhooks POST.
 */
public final class StructuredCloudEvent {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    private StructuredCloudEvent() {
    }

    public static String of(OutboxEvent row, ObjectMapper json) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", row.eventId.toString());
        event.put("type", row.eventType);
        event.put("source", CloudEventPublisher.SOURCE.toString());
        event.put("subject", row.aggregateId.toString());
        event.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(row.occurredAt.atOffset(ZoneOffset.UTC)));
        event.put(CloudEventPublisher.TENANT_EXTENSION, row.tenantId);
        event.put("datacontenttype", "application/json");
        event.put("dataschema", CloudEventPublisher.dataSchema(row.eventType).toString());
        try {
            event.set("data", json.readTree(row.payload));
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + row.eventId + " has unreadable data", e);
        }
    }
}
