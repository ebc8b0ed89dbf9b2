package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A44: a ticket from a phone call names its requester by phone in ticket.created, valid against the schema. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A44RequesterIdentitiesInTicketCreatedTest {

    @Test
    void aPhoneRequesterHasAPhoneAndNoEmail() throws Exception {
        String tenant = newTenant("ozon");
        String ticket = CallRequests.log(tenant, CallRequests.call("INBOUND", "ANSWERED", "+7 495 123-45-67",
                "customerName", "Иван")).statusCode(201).extract().path("ticketId");
        ConsumerRecord<String, String> created = TestKafka.awaitRecord("ticket-events", r -> ticket.equals(r.key())
                && "ticket.created".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(60));
        assertEquals(List.of(), EventContracts.violations("ticket.created", created.value()));
        JsonNode requester = new ObjectMapper().readTree(created.value()).path("requester");
        assertEquals("+74951234567", requester.path("phone").asText());
        assertEquals("Иван", requester.path("name").asText());
        assertFalse(requester.has("email"));
    }
}
