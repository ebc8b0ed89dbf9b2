package dev.opsdesk.reporting.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PoisonEventsGoToTheDeadLetterTopicTest {

    private static final String DLQ = "ticket-events-dlq-reporting-service";

    @Test
    void unreadableDataIsDeadLetteredWithItsReasonAndTheConsumerGoesOn() {
        String tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        String poisonKey = UUID.randomUUID().toString();
        TestKafka.send(CloudEventRecord.to("ticket-events")
                .type("ticket.created").subject(poisonKey).tenant(tenant)
                .data("{this is not json").build());
        TestKafka.send(TicketVolumeCountsEachTicketOnceTest.ticketCreated(tenant, poisonKey));

        ConsumerRecord<String, String> dead = TestKafka.awaitRecord(DLQ, r -> poisonKey.equals(r.key()),
                Duration.ofSeconds(30));
        String reason = TestKafka.header(dead, "dead-letter-reason").orElseThrow();
        assertTrue(reason.contains("not readable"), reason);
        assertEquals("{this is not json", dead.value());

        TicketVolumeCountsEachTicketOnceTest.awaitCreated(tenant, 1);
    }

    @Test
    void aRecordThatIsNotACloudEventIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.send(new ProducerRecord<>("ticket-events", key, "{\"hello\":\"world\"}"));

        ConsumerRecord<String, String> dead = TestKafka.awaitRecord(DLQ, r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("ce_specversion"));
    }

    @Test
    void aTicketCreatedEventMissingRequiredFieldsIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.send(CloudEventRecord.to("ticket-events")
                .type("ticket.created").subject(key).tenant("crazysales")
                .data("{\"ticketId\":\"" + key + "\"}").build());

        ConsumerRecord<String, String> dead = TestKafka.awaitRecord(DLQ, r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("lacks"));
    }
}
