package dev.opsdesk.ticket.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import dev.opsdesk.ticket.TicketRequests;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketCreatedEventTest {

    @Test
    void creatingATicketPublishesTicketCreatedAsABinaryCloudEventKeyedByTicketId() {
        String id = TicketRequests.createId("crazysales", "EMAIL", "Where is my order?", "Ana@Example.com");

        ConsumerRecord<String, String> record = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key()),
                Duration.ofSeconds(30));

        assertEquals("ticket.created", TestKafka.header(record, "ce_type").orElseThrow());
        assertEquals("1.0", TestKafka.header(record, "ce_specversion").orElseThrow());
        assertEquals("ticket-service", TestKafka.header(record, "ce_source").orElseThrow());
        assertEquals(id, TestKafka.header(record, "ce_subject").orElseThrow());
        assertEquals("crazysales", TestKafka.header(record, "ce_tenantid").orElseThrow());
        assertTrue(TestKafka.header(record, "ce_id").isPresent(), "ce_id header");
        assertTrue(TestKafka.header(record, "ce_time").isPresent(), "ce_time header");
        JsonPath data = JsonPath.from(record.value());
        assertEquals(id, data.getString("ticketId"));
        assertEquals("ana@example.com", data.getString("requester.email"));
        assertEquals("NEW", data.getString("status"));
    }

    @Test
    void theEmittedEventDataConformsToTheTicketCreatedSchema() {
        String id = TicketRequests.createId("zalora", "CHAT", "Refund", "budi@example.co.id");

        ConsumerRecord<String, String> record = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key()),
                Duration.ofSeconds(30));

        List<String> violations = EventContracts.violations("ticket.created", record.value());
        assertEquals(List.of(), violations, record.value());
    }
}
