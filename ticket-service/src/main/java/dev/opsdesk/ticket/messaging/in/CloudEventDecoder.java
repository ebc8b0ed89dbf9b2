package dev.opsdesk.ticket.messaging.in;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads a Kafka binary-mode CloudEvent; anything unreadable is a {@link PoisonEventException}. */
@ApplicationScoped
public class CloudEventDecoder {

    private final ObjectMapper json;

    CloudEventDecoder(ObjectMapper json) {
        this.json = json;
    }

    public IncomingEvent decode(ConsumerRecord<String, String> record) {
        String specVersion = header(record, "ce_specversion");
        if (!"1.0".equals(specVersion)) {
            throw new PoisonEventException("not a CloudEvent 1.0 in binary mode (ce_specversion=" + specVersion + ")");
        }
        String id = required(record, "ce_id");
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("ce_id is not a UUID: " + id);
        }
        if (record.value() == null) {
            throw new PoisonEventException("event " + id + " has no data");
        }
        return new IncomingEvent(eventId, required(record, "ce_type"), required(record, "ce_source"),
                header(record, "ce_subject"), record.value());
    }

    /** Binds the event's JSON data to this service's own record of that event type. */
    public <T> T data(IncomingEvent event, Class<T> type) {
        try {
            return json.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("data of " + event.type() + " " + event.id() + " is not readable: "
                    + e.getOriginalMessage());
        }
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("CloudEvent header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
