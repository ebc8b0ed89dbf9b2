package dev.opsdesk.qa.e2e;

import static dev.opsdesk.qa.support.QaApi.as;
import static dev.opsdesk.qa.support.QaApi.awaitEvaluation;
import static dev.opsdesk.qa.support.QaApi.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.qa.support.QaEvents;
import dev.opsdesk.qa.support.TicketEventFixtures;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A Zalora e-mail conversation published on ticket-events (created, assigned, messages, status,
 * resolved — each fixture checked against its schema) becomes an AutoQA-prefilled evaluation with the
 * expected findings, and qa.evaluation-completed / qa.autoqa-flagged appear on qa-events, conforming
 * to their schemas.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConversationsOnKafkaAreAutoQaPrefilledEndToEndTest {

    private static final String REPLY = "Dear customer, terima kasih telah menghubungi Zalora. Pesanan anda sudah"
            + " dikirim hari ini. Ada lagi yang dapat dibantu?";

    @Test
    void aClosedConversationIsEvaluatedPublishedAndFlagged() {
        String tenant = QaApi.newTenant("zalora");
        QaApi.install(tenant, "zalora");
        String agent = QaApi.user(tenant, "agent");
        TicketEventFixtures ticket = TicketEventFixtures.ticket(tenant)
                .created("EMAIL", "Pesanan belum sampai", "Ravi Kumar", "ravi@example.co.id")
                .message("CUSTOMER", null, "Halo, pesanan saya 123456789 belum sampai. Kapan dikirim?")
                .assigned(agent)
                .message("STAFF", agent, REPLY)
                .status("NEW", "NEW", "SOLVED", "SOLVED")
                .resolved("SOLVED", "SOLVED", false);

        JsonPath evaluation = awaitEvaluation(tenant, ticket.id(), e -> e.getInt("revision") >= 1);
        assertEquals("AUTO", evaluation.getString("kind"));
        assertEquals("EMAIL", evaluation.getString("channel"));
        assertEquals("zalora-qa-form", evaluation.getString("scorecard.id"));
        assertEquals(1, evaluation.getInt("scorecard.version"));
        assertEquals(agent, evaluation.getString("agentId"));
        assertEquals(20, evaluation.getList("items").size());
        // R57: "Dear customer" instead of "Hi Ravi"; R79: the offer and the Zalora closing are there
        assertEquals("N", item(evaluation, "1.1", "result"));
        assertEquals("AUTO", item(evaluation, "1.1", "provenance"));
        assertEquals("Y", item(evaluation, "5.1", "result"));
        assertEquals("Y", item(evaluation, "5.2", "result"));
        // R54: the EMAIL column's default-yes cells
        for (String defaultYes : List.of("2.3", "4.3", "5.3", "5.4")) {
            assertEquals("DEFAULT", item(evaluation, defaultYes, "provenance"), defaultYes);
        }
        assertEquals(66.67f, evaluation.getFloat("score"));            // 2 of 3 non-default items
        assertEquals(85.71f, evaluation.getFloat("scoreWithDefaults")); // 6 of 7 with the defaults
        assertFalse(evaluation.getBoolean("criticalFail"));
        assertEquals(13, evaluation.getInt("unscoredItems"));

        Map<String, Object> r57 = evaluation.getMap("findings.find { it.rule == 'R57' }");
        assertEquals("FAIL", r57.get("outcome"));
        assertEquals("1.1", r57.get("itemId"));
        assertEquals("Dear customer", r57.get("quote"));
        assertEquals(0, r57.get("spanStart"));
        assertEquals(13, r57.get("spanEnd"));
        assertEquals("id", r57.get("language"));

        JsonNode completed = QaEvents.await("qa.evaluation-completed", ticket.id(), d -> d.get("revision").asInt() == 1);
        assertEquals(evaluation.getString("id"), completed.get("evaluationId").asText());
        assertEquals("AUTO", completed.get("kind").asText());
        assertTrue(completed.get("reviewerId").isNull());
        assertEquals(66.67, completed.get("score").asDouble());
        assertEquals(7, completed.get("items").size());

        JsonNode flagged = QaEvents.await("qa.autoqa-flagged", ticket.id(), d -> "R57".equals(d.get("rule").asText()));
        assertEquals("Dear customer", flagged.get("quote").asText());
        assertEquals("1.1", flagged.get("itemId").asText());
        assertEquals(agent, flagged.get("agentId").asText());
        assertEquals(evaluation.getString("findings.find { it.rule == 'R57' }.messageId"), flagged.get("messageId").asText());
    }

    @Test
    void aTicketOnAChannelTheTenantDoesNotEvaluateGetsNoEvaluation() {
        String tenant = QaApi.newTenant("crazysales");
        QaApi.install(tenant, "crazysales");
        TicketEventFixtures internal = TicketEventFixtures.ticket(tenant).created("INTERNAL", "Stock check", null,
                "warehouse@example.com").status("NEW", "NEW", "RESOLVED", "SOLVED");
        // same partition, closed later: once the e-mail is evaluated, AutoQA has looked at the internal ticket
        TicketEventFixtures email = TicketEventFixtures.ticket(tenant).onPartitionOf(internal).created("EMAIL", "Broken chair", "Ana", "ana@example.com")
                .message("STAFF", "agent-1", "Thank you for email. A replacement is on its way.")
                .status("NEW", "NEW", "RESOLVED", "SOLVED");
        awaitEvaluation(tenant, email.id(), e -> e.getInt("revision") >= 1);
        as(tenant, "qa").queryParam("ticketId", internal.id().toString()).get("/api/v1/evaluations").then()
                .statusCode(200).body("items.size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void anOzonThanksOnlyChatClosedAsNtoDefaultsTheGreetingAndPassesTheNoReplyRule() {
        String tenant = QaApi.newTenant("ozon");
        QaApi.install(tenant, "ozon");
        TicketEventFixtures ticket = TicketEventFixtures.ticket(tenant)
                .created("CHAT", "Чат", "Анна", "anna@example.ru")
                .message("CUSTOMER", null, "Спасибо!")
                .status("NEW", "NEW", "NRR", "CLOSED_NO_ACTION")
                .resolved("NRR", "CLOSED_NO_ACTION", false);
        JsonPath evaluation = awaitEvaluation(tenant, ticket.id(), e -> e.getInt("revision") >= 1);
        assertEquals("ozon-qa", evaluation.getString("scorecard.id"));
        assertEquals("DEFAULT", item(evaluation, "OZ-1", "provenance"));   // R135: no reply, no greeting
        assertEquals("R135", item(evaluation, "OZ-1", "defaultRule"));
        assertEquals("Y", item(evaluation, "OZ-3", "result"));             // R86: no reply on НТО
        assertEquals("AUTO", item(evaluation, "OZ-3", "provenance"));
        assertEquals("PASS", evaluation.getString("findings.find { it.rule == 'R89' }.outcome"));
        assertEquals("Спасибо!", evaluation.getString("findings.find { it.rule == 'R89' }.quote"));
    }
}
