package dev.opsdesk.reporting.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketVolumeCountsEachTicketOnceTest {

    @Test
    void aRedeliveredTicketCreatedEventIsCountedOnce() {
        String tenant = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        String markerTenant = "marker-" + UUID.randomUUID().toString().substring(0, 8);
        String partitionKey = UUID.randomUUID().toString();
        ProducerRecord<String, String> first = ticketCreated(tenant, partitionKey);

        TestKafka.send(first);
        TestKafka.send(first); // the outbox relay may publish an event twice
        TestKafka.send(ticketCreated(tenant, partitionKey));
        // Same key, so same partition: once the marker is counted, everything before it has been.
        TestKafka.send(ticketCreated(markerTenant, partitionKey));

        awaitCreated(markerTenant, 1);
        assertCreated(tenant, 2);
    }

    @Test
    void theEventThisConsumerIsTestedWithConformsToThePublishedContract() {
        assertEquals(List.of(), EventContracts.violations("ticket.created", ticketCreated("crazysales").value()));
    }

    @Test
    void eachTenantSeesOnlyItsOwnVolume() {
        String mine = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        String theirs = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
        TestKafka.send(ticketCreated(theirs));
        TestKafka.send(ticketCreated(theirs));
        TestKafka.send(ticketCreated(mine));

        awaitCreated(theirs, 2);
        awaitCreated(mine, 1);
    }

    static ProducerRecord<String, String> ticketCreated(String tenant) {
        return ticketCreated(tenant, null);
    }

    static ProducerRecord<String, String> ticketCreated(String tenant, String partitionKey) {
        String ticketId = UUID.randomUUID().toString();
        return CloudEventRecord.to("ticket-events")
                .type("ticket.created")
                .subject(ticketId)
                .key(partitionKey)
                .tenant(tenant)
                .data("""
                        {"ticketId":"%s","tenantId":"%s","channel":"EMAIL","subject":"s","status":"NEW",
                         "requester":{"email":"a@example.com"},"createdAt":"2026-11-24T09:00:00Z"}"""
                        .formatted(ticketId, tenant))
                .build();
    }

    static void awaitCreated(String tenant, int expected) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertCreated(tenant, expected));
    }

    static void assertCreated(String tenant, int expected) {
        given().header("Authorization", TestTokens.bearer(tenant, "supervisor"))
                .when().get("/api/v1/reports/ticket-volume")
                .then().statusCode(200)
                .body("created", equalTo(expected));
    }
}
