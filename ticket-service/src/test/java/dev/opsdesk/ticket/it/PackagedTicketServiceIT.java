package dev.opsdesk.ticket.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import dev.opsdesk.ticket.TicketRequests;
import org.junit.jupiter.api.Test;

/** The packaged jar, as deployed: migrations run, the API answers, the relay publishes. */
@QuarkusIntegrationTest
@TestProfile(SeedTenantsProfile.class)
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class PackagedTicketServiceIT {

    @Test
    void thePackagedServiceStoresATicketAndPublishesItsEvent() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

        String id = TicketRequests.createId("crazysales", "EMAIL", "Packaged", "it@example.com");

        ConsumerRecord<String, String> record = TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key()),
                Duration.ofSeconds(30));
        assertEquals("ticket.created", TestKafka.header(record, "ce_type").orElseThrow());
    }

    @Test
    void thePackagedServiceRejectsARequestWithoutAToken() {
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/tickets")
                .then().statusCode(401);
    }
}
