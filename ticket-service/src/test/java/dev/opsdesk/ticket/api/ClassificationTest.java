package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;
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

/** Type / contact reason, priority, order references: stored, shown and published. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ClassificationTest {

    @Test
    void aClassifiedTicketShowsAndPublishesItsTypeAndPriority() {
        String id = createId("zalora", "EMAIL", "Pengembalian dana", "cls@example.co.id");
        classify("zalora", id, Map.of("topics", List.of(), "orderId", "ZL-123", "type", "Refund", "priority", "HIGH"))
                .statusCode(200)
                .body("type", equalTo("Refund"))
                .body("priority", equalTo("HIGH"))
                .body("orderId", equalTo("ZL-123"));

        ConsumerRecord<String, String> event = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key())
                && "ticket.classified".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
        assertEquals(List.of(), EventContracts.violations("ticket.classified", event.value()));
    }

    @Test
    void anUnknownPriorityIsA400Problem() {
        String id = createId("zalora", "EMAIL", "x", "cls@example.co.id");
        classify("zalora", id, Map.of("topics", List.of(), "priority", "BLOCKER"))
                .statusCode(400).contentType("application/problem+json");
    }
}
