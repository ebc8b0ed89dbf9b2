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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** 60 cases with the same subject within five minutes raise one alert, not sixty; the alert lists all 60. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class SixtyCasesWithOneSubjectRaiseOneAlertTest {

    @Inject
    Ticks ticks;

    @Test
    void sixtyCasesOneAlert() {
        RoutingApi api = RoutingApi.tenant("sixty", "festival");
        Instant start = Instant.parse("2026-05-04T10:00:00Z");
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            records.add(TicketEvents.created(api.id(), id, "EMAIL", "Re: Your submission #" + (1000 + i) + " failed",
                    "noreply@mailer" + i + ".example", "SUPPORT_QUEUE", "NEW", start.plusSeconds(5L * i)));
        }
        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            Kafka.send(records);
            ids.forEach(api::awaitQueued);
            ticks.tick(api.id(), start.plus(Duration.ofMinutes(6))); // publishes the grown alert

            List<Map<String, Object>> alerts = A29SubjectAndSenderDomainClustersTest.alerts(api, "SUBJECT_PATTERN");
            assertEquals(1, alerts.size());
            assertEquals("your submission failed", alerts.get(0).get("pattern"));
            assertEquals(60, ((List<?>) alerts.get(0).get("ticketIds")).size());

            var events = probe.await(e -> RoutingEventsProbe.of("routing.queue-spike-detected", api.id()).test(e)
                    && "SUBJECT_PATTERN".equals(e.data().path("kind").asText())
                    && e.data().path("ticketIds").size() == 60, 1, Duration.ofSeconds(60));
            Set<String> alertIds = probe.drain(Duration.ZERO).stream()
                    .filter(RoutingEventsProbe.of("routing.queue-spike-detected", api.id())::test)
                    .filter(e -> "SUBJECT_PATTERN".equals(e.data().path("kind").asText()))
                    .map(e -> e.data().path("alertId").asText()).collect(Collectors.toSet());
            assertEquals(Set.of(alerts.get(0).get("alertId")), alertIds);
            assertEquals(alertIds.iterator().next(), events.get(0).key());
        }
    }
}
