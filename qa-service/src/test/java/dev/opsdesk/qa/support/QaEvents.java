package dev.opsdesk.qa.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.TestKafka;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Reads what qa-service published on qa-events and checks it against the published contract. */
public final class QaEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QaEvents() {
    }

    /** The first {@code type} event of the ticket whose data matches; its data must conform to the schema. */
    public static JsonNode await(String type, UUID ticketId, Predicate<JsonNode> match) {
        ConsumerRecord<String, String> record = TestKafka.awaitRecord("qa-events", r -> ticketId.toString().equals(r.key())
                && type.equals(TestKafka.header(r, "ce_type").orElse(null)) && match.test(read(r.value())),
                Duration.ofSeconds(60));
        assertEquals(List.of(), EventContracts.violations(type, record.value()), type + " breaks its schema");
        assertEquals("qa-service", TestKafka.header(record, "ce_source").orElseThrow());
        assertEquals("urn:opsdesk:event:" + type + ":v1", TestKafka.header(record, "ce_dataschema").orElseThrow());
        assertEquals(ticketId.toString(), TestKafka.header(record, "ce_subject").orElseThrow());
        JsonNode data = read(record.value());
        assertEquals(data.get("tenantId").asText(), TestKafka.header(record, "ce_tenantid").orElseThrow());
        return data;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
