package dev.opsdesk.routing.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.RoutingEventsProbe;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** ticket.created on ticket-events → routing.assignment-decided on routing-events, as a CloudEvent. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketCreatedIsRoutedEndToEndTest {

    @Test
    void aNewTicketIsAssignedToAnAvailableAgentAndTheDecisionIsPublished() {
        RoutingApi api = RoutingApi.tenant("e2e", "default");
        api.agent("ana", "default", Map.of("EMAIL", 5));
        api.online("ana");
        UUID ticket = UUID.randomUUID();
        try (RoutingEventsProbe probe = RoutingEventsProbe.open()) {
            Kafka.send(TicketEvents.created(api.id(), ticket, "EMAIL", "Where is my order?", "bo@example.com",
                    Instant.now()));

            RoutingEventsProbe.Event decided = probe.awaitOne(e -> e.type().equals("routing.assignment-decided")
                    && e.key().equals(ticket.toString()));
            assertEquals("ASSIGNED", decided.data().path("outcome").asText());
            assertEquals("ana", decided.data().path("agentId").asText());
            assertEquals("TICKET_CREATED", decided.data().path("trigger").asText());
            assertEquals("LEAST_LOADED", decided.data().path("strategy").asText());
            assertEquals("routing-service", TestKafka.header(decided.record(), "ce_source").orElseThrow());
            assertEquals(ticket.toString(), TestKafka.header(decided.record(), "ce_subject").orElseThrow());
            assertEquals(api.id(), TestKafka.header(decided.record(), "ce_tenantid").orElseThrow());
            assertEquals("urn:opsdesk:event:routing.assignment-decided:v1",
                    TestKafka.header(decided.record(), "ce_dataschema").orElseThrow());
        }
        var decision = api.decision(ticket);
        assertEquals("ana", decision.getString("ownerId"));
        assertEquals("ASSIGNED", decision.getString("decision.outcome"));
    }
}
