package dev.opsdesk.ticket.routing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.TicketRequests;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * routing.assignment-decided on routing-events → the owner (and group) set on the ticket and
 * ticket.assigned with source ROUTING and the decisionId on ticket-events; once, however often the
 * decision arrives; a stale decision changes nothing.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoutingDecisionsAreAppliedTest {

    @Test
    void anAssignmentDecisionSetsTheOwnerAndIsAnnouncedWithItsDecisionId() {
        String ticket = TicketRequests.createId("crazysales", "EMAIL", "Broken lamp", "ana@example.com");
        UUID decision = UUID.randomUUID();

        TestKafka.send(RoutingEvents.assigned("crazysales", ticket, decision, "agent-7", "regular-queue", null));

        ConsumerRecord<String, String> assigned = awaitAssigned(ticket, decision);
        JsonPath data = JsonPath.from(assigned.value());
        assertEquals("agent-7", data.getString("ownerAfter"));
        assertEquals("ROUTING", data.getString("source"));
        assertEquals("regular-queue", data.getString("groupAfter"));
        assertEquals("routing-service", data.getString("actor"));
        assertEquals(List.of(), EventContracts.violations("ticket.assigned", assigned.value()));
        TicketRequests.get("crazysales", ticket).statusCode(200).body("ownerId", equalTo("agent-7"));
    }

    @Test
    void aRedeliveredDecisionAssignsOnce() {
        String ticket = TicketRequests.createId("crazysales", "EMAIL", "Late parcel", "bo@example.com");
        UUID decision = UUID.randomUUID();
        ProducerRecord<String, String> record = RoutingEvents.assigned("crazysales", ticket, decision, "agent-1",
                "regular-queue", null);
        ProducerRecord<String, String> sameDecisionNewEvent = RoutingEvents.assigned("crazysales", ticket, decision,
                "agent-1", "regular-queue", null);
        UUID marker = UUID.randomUUID();

        TestKafka.send(record);
        TestKafka.send(record);
        TestKafka.send(sameDecisionNewEvent);
        TestKafka.send(RoutingEvents.queued("crazysales", ticket, marker, "au-queue")); // same key: applied after
        awaitAssigned(ticket, marker);

        assertEquals(1, assignedEvents(ticket).stream().filter(r -> r.value().contains(decision.toString())).count());
    }

    @Test
    void aDecisionMadeBeforeAManualReassignmentIsStaleAndSkipped() {
        String ticket = TicketRequests.createId("crazysales", "EMAIL", "Refund", "cy@example.com");
        given().header("Authorization", TestTokens.bearer("crazysales", "supervisor")).contentType("application/json")
                .body(Map.of("owner", "manual-owner")).post("/api/v1/tickets/" + ticket + "/assign")
                .then().statusCode(200);
        UUID stale = UUID.randomUUID();
        UUID marker = UUID.randomUUID();

        TestKafka.send(RoutingEvents.assigned("crazysales", ticket, stale, "agent-2", "regular-queue", null));
        TestKafka.send(RoutingEvents.queued("crazysales", ticket, marker, "uk-queue"));
        awaitAssigned(ticket, marker);

        TicketRequests.get("crazysales", ticket).body("ownerId", equalTo("manual-owner"));
        assertTrue(assignedEvents(ticket).stream().noneMatch(r -> r.value().contains(stale.toString())));
        assertTrue(assignedEvents(ticket).stream().anyMatch(r -> "MANUAL".equals(JsonPath.from(r.value())
                .getString("source"))));
    }

    @Test
    void anEndOfDayRequeueClearsTheOwnerAndReturnsTheCaseToTheSupportQueue() {
        String ticket = TicketRequests.createId("festival", "EMAIL", "Screener link broken", "maker@example.org");
        TestKafka.send(RoutingEvents.assigned("festival", ticket, UUID.randomUUID(), "front", "support-queue", null));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                TicketRequests.get("festival", ticket).body("ownerId", equalTo("front")));
        TicketRequests.changeStatus("festival", ticket, Map.of("status", "PERSONAL_QUEUE")).statusCode(200);

        TestKafka.send(RoutingEvents.requeued("festival", ticket, "front", "support-queue"));

        ConsumerRecord<String, String> requeued = TestKafka.awaitRecord("ticket-events", r -> ticket.equals(r.key())
                && "ticket.assigned".equals(TestKafka.header(r, "ce_type").orElse(""))
                && "REQUEUE".equals(JsonPath.from(r.value()).getString("source")), Duration.ofSeconds(60));
        assertEquals(null, JsonPath.from(requeued.value()).getString("ownerAfter"));
        TicketRequests.get("festival", ticket).body("ownerId", equalTo(null)).body("status", equalTo("SUPPORT_QUEUE"));
    }

    @Test
    void aPoisonRoutingEventIsDeadLettered() {
        String key = UUID.randomUUID().toString();
        TestKafka.send(dev.opsdesk.testing.CloudEventRecord.to("routing-events").type("routing.assignment-decided")
                .source("routing-service").subject(key).tenant("crazysales").data("{\"decisionId\":42").build());

        ConsumerRecord<String, String> dead = TestKafka.awaitRecord("routing-events-dlq-ticket-service",
                r -> key.equals(r.key()), Duration.ofSeconds(60));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("not readable"));
    }

    private static ConsumerRecord<String, String> awaitAssigned(String ticket, UUID decision) {
        return TestKafka.awaitRecord("ticket-events", r -> ticket.equals(r.key())
                && "ticket.assigned".equals(TestKafka.header(r, "ce_type").orElse(""))
                && r.value().contains(decision.toString()), Duration.ofSeconds(60));
    }

    /** Every ticket.assigned of the ticket published so far (read to the end of the topic). */
    static List<ConsumerRecord<String, String>> assignedEvents(String ticket) {
        List<ConsumerRecord<String, String>> found = new java.util.ArrayList<>();
        String end = UUID.randomUUID().toString();
        TestKafka.send(dev.opsdesk.testing.CloudEventRecord.to("ticket-events").id(end).type("test.end-marker")
                .subject(ticket).build());
        TestKafka.awaitRecord("ticket-events", r -> {
            if (ticket.equals(r.key()) && "ticket.assigned".equals(TestKafka.header(r, "ce_type").orElse(""))) {
                found.add(r);
            }
            return end.equals(TestKafka.header(r, "ce_id").orElse(""));
        }, Duration.ofSeconds(60));
        return found;
    }
}
