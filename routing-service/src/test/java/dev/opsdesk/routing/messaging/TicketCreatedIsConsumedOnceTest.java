package dev.opsdesk.routing.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.CloudEventRecord;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketCreatedIsConsumedOnceTest {

    private static final String URL = "/api/v1/routing/queue";

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        String tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        String markerTenant = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        String partitionKey = UUID.randomUUID().toString();
        ProducerRecord<String, String> event = ticketCreated(tenant, UUID.randomUUID().toString(), partitionKey);
        TestKafka.send(event);
        TestKafka.send(event); // the outbox relay may publish an event twice
        TestKafka.send(ticketCreated(tenant, UUID.randomUUID().toString(), partitionKey));
        // Same key, so same partition: once the marker is applied, everything before it has been.
        TestKafka.send(ticketCreated(markerTenant, UUID.randomUUID().toString(), partitionKey));

        awaitAwaitingAssignment(markerTenant, 1);
        countAwaitingAssignment(tenant, 2);
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheConsumerGoesOn() {
        String tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        String poisonKey = UUID.randomUUID().toString();
        TestKafka.send(CloudEventRecord.to("ticket-events").type("ticket.created").subject(poisonKey)
                .tenant(tenant).data("not json").build());
        TestKafka.send(ticketCreated(tenant, UUID.randomUUID().toString(), poisonKey));

        ConsumerRecord<String, String> dead = TestKafka.awaitRecord("ticket-events-dlq-routing-service",
                r -> poisonKey.equals(r.key()), Duration.ofSeconds(30));
        assertTrue(TestKafka.header(dead, "dead-letter-reason").orElseThrow().contains("not readable"));
        awaitAwaitingAssignment(tenant, 1);
    }

    @Test
    void theEventThisConsumerIsTestedWithConformsToThePublishedContract() {
        String id = UUID.randomUUID().toString();
        assertEquals(List.of(), EventContracts.violations("ticket.created", ticketCreated("crazysales", id, id).value()));
    }

    @Test
    void theApiRequiresAToken() {
        given().when().get(URL).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/unauthenticated"));
    }

    static ProducerRecord<String, String> ticketCreated(String tenant, String ticketId, String key) {
        return CloudEventRecord.to("ticket-events").type("ticket.created").subject(ticketId).key(key).tenant(tenant)
                .data("""
                        {"ticketId":"%s","tenantId":"%s","channel":"CHAT","subject":"s","status":"NEW",
                         "requester":{"email":"a@example.com"},"createdAt":"2026-11-24T09:00:00Z"}"""
                        .formatted(ticketId, tenant))
                .build();
    }

    static void awaitAwaitingAssignment(String tenant, int expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> countAwaitingAssignment(tenant, expected));
    }

    static void countAwaitingAssignment(String tenant, int expected) {
        given().header("Authorization", TestTokens.bearer(tenant, "supervisor"))
                .when().get(URL)
                .then().statusCode(200)
                .body("awaitingAssignment", equalTo(expected));
    }
}
