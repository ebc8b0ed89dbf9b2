package dev.opsdesk.routing.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Redelivered events never assign twice: the same ticket.created delivered again (same ce_id), or
 * published again under a new id, leaves one decision and one slot of the agent's capacity taken.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoutingDecisionsAreIdempotentTest {

    @Test
    void aRedeliveredTicketCreatedIsRoutedOnce() {
        RoutingApi api = RoutingApi.tenant("idem", "default");
        api.agent("ana", "default", Map.of("*", 5));
        api.online("ana");
        UUID ticket = UUID.randomUUID();
        ProducerRecord<String, String> created = TicketEvents.created(api.id(), ticket, "EMAIL", "Hello",
                "x@example.org", Instant.now());
        ProducerRecord<String, String> republished = CloudEventRecord.to("ticket-events").type("ticket.created")
                .subject(ticket.toString()).tenant(api.id()).data(created.value()).build(); // a new ce_id
        UUID marker = UUID.randomUUID();
        ProducerRecord<String, String> after = CloudEventRecord.to("ticket-events").type("ticket.created")
                .subject(marker.toString()).key(ticket.toString()).tenant(api.id())
                .data(TicketEvents.created(api.id(), marker, "EMAIL", "Marker", "m@example.org", Instant.now()).value())
                .build();

        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            Kafka.send(created, created, republished, after);
            api.awaitAssignedTo(marker, "ana"); // same partition: everything before it is applied

            long decisions = probe.drain(Duration.ofSeconds(2)).stream()
                    .filter(e -> e.type().equals("routing.assignment-decided") && e.key().equals(ticket.toString()))
                    .count();
            assertEquals(1, decisions);
        }
        assertEquals(1, api.decision(ticket).getList("history").size());
        assertEquals(2, api.supervisor().get(RoutingApi.BASE + "/agents/ana").then().statusCode(200)
                .extract().jsonPath().getInt("openTickets"));
    }
}
