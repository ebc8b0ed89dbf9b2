package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.TicketRequests;
import dev.opsdesk.ticket.intake.service.CustomerSilenceWatch;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A18: after staff's last public chat message the customer has chatCustomerSilenceTimeoutS to
 * answer (Zalora 120 s, Ozon 90 s) before {@code ticket.customer-silent}; the watch is driven with an
 * explicit instant, no waiting.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class A18CustomerSilenceTimerTest {

    @Inject
    CustomerSilenceWatch watch;

    @Test
    void zaloraEmitsCustomerSilentAfter120SecondsOnce() throws Exception {
        String tenant = newTenant("zalora");
        String ticket = transcript(tenant, "CUSTOMER", "STAFF");
        Instant staffWrote = Instant.now();
        assertEquals(0, pending(ticket, staffWrote.plusSeconds(110)));
        assertEquals(1, pending(ticket, staffWrote.plusSeconds(125)));
        ConsumerRecord<String, String> event = TestKafka.awaitRecord("ticket-events", r -> ticket.equals(r.key())
                && "ticket.customer-silent".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(60));
        assertEquals(List.of(), EventContracts.violations("ticket.customer-silent", event.value()));
        assertEquals(120, new com.fasterxml.jackson.databind.ObjectMapper().readTree(event.value())
                .path("timeoutSeconds").asInt());
        assertEquals(0, pending(ticket, staffWrote.plusSeconds(300))); // once per staff message
    }

    @Test
    void ozonWaits90SecondsAndTheCustomersAnswerDisarmsTheTimer() {
        String tenant = newTenant("ozon");
        String conversation = "conv-" + UUID.randomUUID();
        String ticket = inConversation(tenant, conversation, "CUSTOMER", "STAFF");
        Instant staffWrote = Instant.now();
        assertEquals(0, pending(ticket, staffWrote.plusSeconds(80)));
        inConversation(tenant, conversation, "CUSTOMER");
        assertEquals(0, pending(ticket, staffWrote.plusSeconds(100)));
        String other = transcript(tenant, "CUSTOMER", "STAFF");
        assertEquals(1, pending(other, Instant.now().plusSeconds(95)));
    }

    @Test
    void aTenantWithoutTheTimerEmitsNothing() {
        String tenant = newTenant("crazysales");
        String ticket = transcript(tenant, "CUSTOMER", "STAFF");
        assertEquals(0, pending(ticket, Instant.now().plusSeconds(3600)));
    }

    /** How many customer-silent events the watch emitted for {@code ticket} when run at {@code at}. */
    private int pending(String ticket, Instant at) {
        long before = silentEvents(ticket);
        watch.emitDue(at);
        return (int) (silentEvents(ticket) - before);
    }

    private static long silentEvents(String ticket) {
        return dev.opsdesk.ticket.intake.OutboxQueries.count(ticket, "ticket.customer-silent");
    }

    private static String transcript(String tenant, String... authors) {
        return inConversation(tenant, "conv-" + UUID.randomUUID(), authors);
    }

    private static String inConversation(String tenant, String conversation, String... authors) {
        List<Map<String, Object>> lines = new java.util.ArrayList<>();
        for (String author : authors) {
            lines.add(Map.of("id", UUID.randomUUID().toString(), "author", author, "agentId", "agent-1",
                    "text", author.equals("STAFF") ? "Anything else I can help with?" : "Hi, where is my parcel?"));
        }
        String ticket = given().header("Authorization", TestTokens.bearer(tenant, "integration"))
                .contentType("application/json")
                .body(Map.of("conversationId", conversation, "customer", Map.of("name", "Rina", "email",
                        IntakeFixtures.uniqueId("rina")), "lines", lines))
                .when().post("/api/v1/intake/chat/transcripts")
                .then().statusCode(200).body("added", equalTo(authors.length)).extract().path("ticketId");
        TicketRequests.get(tenant, ticket).statusCode(200).body("channel", equalTo("CHAT"));
        return ticket;
    }
}
