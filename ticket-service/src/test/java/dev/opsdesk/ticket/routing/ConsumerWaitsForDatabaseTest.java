package dev.opsdesk.ticket.routing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.DatabaseOutage;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.ticket.TicketRequests;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Routing decisions that arrive while PostgreSQL is unreachable wait in the consumer and are applied
 * exactly once when it is back; only the poison record among them reaches the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConsumerWaitsForDatabaseTest {

    private static final String TENANT = "crazysales";
    private static final String DLQ = "routing-events-dlq-ticket-service";

    @Inject
    MeterRegistry metrics;

    @Test
    void decisionsSentDuringAnOutageAreAppliedOnceAfterItAndOnlyThePoisonIsDeadLettered() {
        Map<String, UUID> decisions = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            decisions.put(TicketRequests.createId(TENANT, "EMAIL", "Waits for the database " + i, "wait@example.com"),
                    UUID.randomUUID());
        }
        String poisonKey = UUID.randomUUID().toString();
        double retriesBefore = retries();

        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            decisions.forEach((ticket, decision) ->
                    TestKafka.send(RoutingEvents.assigned(TENANT, ticket, decision, "agent-9", "regular-queue", null)));
            TestKafka.send(CloudEventRecord.to("routing-events").type("routing.assignment-decided")
                    .source("routing-service").subject(poisonKey).tenant(TENANT).data("{\"decisionId\":").build());
            await().atMost(Duration.ofSeconds(60)).until(() -> retries() > retriesBefore);
        }

        decisions.forEach((ticket, decision) -> {
            awaitAssigned(ticket, decision);
            assertEquals(1, RoutingDecisionsAreAppliedTest.assignedEvents(ticket).stream()
                    .filter(r -> r.value().contains(decision.toString())).count(), "ticket.assigned of " + ticket);
            TicketRequests.get(TENANT, ticket).statusCode(200);
        });
        ConsumerRecord<String, String> dead = TestKafka.awaitRecord(DLQ, r -> poisonKey.equals(r.key()), Duration.ofSeconds(60));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("not readable"));
        Set<String> good = decisions.keySet();
        assertTrue(TestKafka.readToEnd(DLQ, Duration.ofSeconds(30)).stream().noneMatch(r -> good.contains(r.key())),
                "a good record was dead-lettered");
    }

    private double retries() {
        return Optional.ofNullable(metrics.find("opsdesk.events.transient-retries").counter()).map(Counter::count).orElse(0.0);
    }

    private static void awaitAssigned(String ticket, UUID decision) {
        TestKafka.awaitRecord("ticket-events", r -> ticket.equals(r.key())
                && "ticket.assigned".equals(TestKafka.header(r, "ce_type").orElse(""))
                && r.value().contains(decision.toString()), Duration.ofSeconds(60));
    }
}
