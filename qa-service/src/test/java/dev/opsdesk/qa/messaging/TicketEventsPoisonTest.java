package dev.opsdesk.qa.messaging;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A ticket event QA reads but that lacks what it needs is dead-lettered, naming the missing field. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketEventsPoisonTest {

    @Test
    void aMessageWithoutBodyIsDeadLetteredWithTheFieldItLacks() {
        String ticket = UUID.randomUUID().toString();
        TestKafka.send(CloudEventRecord.to("ticket-events").type("ticket.message-added").subject(ticket).tenant("poison-qa")
                .data("""
                        {"ticketId":"%s","tenantId":"poison-qa","messageId":"%s","originTicketId":"%s",
                         "authorType":"STAFF","visibility":"PUBLIC","createdAt":"2026-11-24T09:00:00Z"}"""
                        .formatted(ticket, UUID.randomUUID(), ticket)).build());
        ConsumerRecord<String, String> dead = TestKafka.awaitRecord("ticket-events-dlq-qa-service",
                r -> ticket.equals(r.key()), Duration.ofSeconds(60));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("lacks body"));
    }
}
