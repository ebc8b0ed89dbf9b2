package dev.opsdesk.routing.messaging;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.DatabaseOutage;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Ticket events that arrive while PostgreSQL is unreachable wait in the consumer and are applied
 * exactly once when it is back (a redelivered one included); only the poison record reaches the
 * dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConsumerWaitsForDatabaseTest {

    private static final String DLQ = "ticket-events-dlq-routing-service";
    private static final int GOOD = 5;

    @Inject
    MeterRegistry metrics;

    @Test
    void eventsSentDuringAnOutageAreAppliedOnceAfterItAndOnlyThePoisonIsDeadLettered() {
        String tenant = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        String markerTenant = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        String partitionKey = UUID.randomUUID().toString();
        String poisonKey = UUID.randomUUID().toString();
        double retriesBefore = retries();

        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            ProducerRecord<String, String> first = TicketCreatedIsConsumedOnceTest.ticketCreated(tenant, UUID.randomUUID().toString(), partitionKey);
            TestKafka.send(first);
            TestKafka.send(first); // the outbox relay may publish an event twice
            for (int i = 1; i < GOOD; i++) {
                TestKafka.send(TicketCreatedIsConsumedOnceTest.ticketCreated(tenant, UUID.randomUUID().toString(), partitionKey));
            }
            TestKafka.send(CloudEventRecord.to("ticket-events").type("ticket.created").subject(poisonKey)
                    .tenant(tenant).data("not json").build());
            await().atMost(Duration.ofSeconds(60)).until(() -> retries() > retriesBefore);
        }
        // Same key, so same partition: once the marker is applied, everything before it has been.
        TestKafka.send(TicketCreatedIsConsumedOnceTest.ticketCreated(markerTenant, UUID.randomUUID().toString(), partitionKey));

        TicketCreatedIsConsumedOnceTest.awaitAwaitingAssignment(markerTenant, 1);
        TicketCreatedIsConsumedOnceTest.countAwaitingAssignment(tenant, GOOD);
        ConsumerRecord<String, String> dead = TestKafka.awaitRecord(DLQ, r -> poisonKey.equals(r.key()), Duration.ofSeconds(60));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("not readable"));
        assertTrue(TestKafka.readToEnd(DLQ, Duration.ofSeconds(30)).stream().noneMatch(r -> partitionKey.equals(r.key())),
                "a good record was dead-lettered");
    }

    private double retries() {
        return Optional.ofNullable(metrics.find("opsdesk.events.transient-retries").counter()).map(Counter::count).orElse(0.0);
    }
}
