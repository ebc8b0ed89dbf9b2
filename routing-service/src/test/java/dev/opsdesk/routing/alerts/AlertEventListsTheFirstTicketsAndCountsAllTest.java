package dev.opsdesk.routing.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.service.Ticks;
import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * An alert that grew past opsdesk.routing.alert-event-tickets (1,000; 100 in tests) publishes the first
 * ids and the full count, while the API still lists every ticket: each re-publication used to carry
 * the whole list (issue 9).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class AlertEventListsTheFirstTicketsAndCountsAllTest {

    private static final int CASES = 110;

    @Inject
    Ticks ticks;

    @Test
    void publishesTheFirstIdsAndTheCount() {
        RoutingApi api = RoutingApi.tenant("thousand", "festival");
        Instant start = Instant.parse("2026-05-05T10:00:00Z");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.add(TicketEvents.created(api.id(), id, "EMAIL", "Order " + i + " never arrived",
                    "buyer" + i + "@example.com", "SUPPORT_QUEUE", "NEW", start.plusSeconds(i)));
        }
        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            Kafka.send(records);
            ids.forEach(api::awaitQueued);
            ticks.tick(api.id(), start.plus(Duration.ofMinutes(3)));

            List<Map<String, Object>> alerts = A29SubjectAndSenderDomainClustersTest.alerts(api, "SUBJECT_PATTERN");
            assertEquals(1, alerts.size());
            assertEquals(CASES, ((List<?>) alerts.get(0).get("ticketIds")).size());

            var events = probe.await(e -> RoutingEventsProbe.of("routing.queue-spike-detected", api.id()).test(e)
                    && "SUBJECT_PATTERN".equals(e.data().path("kind").asText()) // example.com raises its own alert
                    && e.data().path("ticketCount").asLong() == CASES, 1, Duration.ofSeconds(120));
            List<String> listed = new ArrayList<>();
            events.get(0).data().path("ticketIds").forEach(id -> listed.add(id.asText()));
            // partitions deliver in any order: the event lists the first 100 the alert took, as the API does
            assertEquals(((List<?>) alerts.get(0).get("ticketIds")).subList(0, 100), listed);
        }
    }
}
