package dev.opsdesk.ticket.messaging;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Messages and status changes are published, in order, and conform to their schemas. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketActivityEventsTest {

    private static ConsumerRecord<String, String> event(String id, String type) {
        return TestKafka.awaitRecord("ticket-events",
                r -> id.equals(r.key()) && type.equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
    }

    @Test
    void aMessageIsPublishedAsTicketMessageAdded() {
        String id = createId("zalora", "CHAT", "Paket belum sampai", "sari@example.co.id");
        addMessage("zalora", id, "CUSTOMER", "PUBLIC", "Halo, paket saya belum sampai").statusCode(201);

        ConsumerRecord<String, String> record = event(id, "ticket.message-added");
        assertEquals(List.of(), EventContracts.violations("ticket.message-added", record.value()), record.value());
    }

    @Test
    void aStatusChangeIsPublishedAsTicketStatusChanged() {
        String id = createId("crazysales", "EMAIL", "Refund", "f@example.com");
        changeStatus("crazysales", id, Map.of("status", "RESOLVED",
                "reply", Map.of("body", "Thank you for your inquiry. Your refund is on its way."))).statusCode(200);

        ConsumerRecord<String, String> record = event(id, "ticket.status-changed");
        assertEquals(List.of(), EventContracts.violations("ticket.status-changed", record.value()), record.value());
    }
}
