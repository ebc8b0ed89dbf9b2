package dev.opsdesk.qa.api;

import static dev.opsdesk.qa.support.QaApi.as;
import static dev.opsdesk.qa.support.QaApi.awaitEvaluation;
import static dev.opsdesk.qa.support.QaApi.item;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.qa.support.QaEvents;
import dev.opsdesk.qa.support.TicketEventFixtures;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A reviewer evaluates an interaction AutoQA pre-filled: overriding an AutoQA result needs a reason
 * (kept in the history), default-yes items cannot be scored, the evaluation keeps its scorecard
 * version when the scorecard is edited, and agents see only their own evaluations.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReviewerEvaluationsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String create(TicketEventFixtures ticket, String items) {
        return """
                {"ticketId":"%s","items":%s}""".formatted(ticket.id(), items);
    }

    @Test
    void anOverrideOfAutoQaNeedsAReasonAndIsKeptInTheHistory() {
        String tenant = QaApi.newTenant("zalora");
        QaApi.install(tenant, "zalora");
        String agent = QaApi.user(tenant, "agent");
        TicketEventFixtures ticket = TicketEventFixtures.ticket(tenant).created("EMAIL", "Refund", "Ravi", "ravi@example.com")
                .assigned(agent).message("CUSTOMER", null, "Refund saya belum masuk")
                .message("STAFF", agent, "Dear customer, refund anda sudah kami proses.");
        String withoutReason = create(ticket, "[{\"itemId\":\"1.1\",\"result\":\"Y\"},{\"itemId\":\"2.2\",\"result\":\"Y\"}]");
        // a later ticket on the same partition: once QA knows it, it has read every event of the first
        TicketEventFixtures marker = TicketEventFixtures.ticket(tenant).onPartitionOf(ticket)
                .created("EMAIL", "Marker", null, "marker@example.com");
        String markerEvaluation = create(marker, "[{\"itemId\":\"2.2\",\"result\":\"Y\"}]");
        await().atMost(Duration.ofSeconds(60)).until(() -> as(tenant, "qa").body(markerEvaluation)
                .post("/api/v1/evaluations").then().extract().statusCode() == 201);
        as(tenant, "qa").body(withoutReason).post("/api/v1/evaluations").then().statusCode(422)
                .body("type", endsWith("/override-reason-required")).body("errors[0].field", equalTo("items[0].reason"));
        as(tenant, "qa").queryParam("ticketId", ticket.id().toString()).get("/api/v1/evaluations").then()
                .body("items.size()", equalTo(0)); // a refused write stores nothing

        String id = as(tenant, "qa").body(create(ticket, "[{\"itemId\":\"1.1\",\"result\":\"Y\",\"reason\":\"Customer signs"
                        + " as 'customer'\"},{\"itemId\":\"2.2\",\"result\":\"Y\",\"comment\":\"Restated the problem\"}]"))
                .post("/api/v1/evaluations").then().statusCode(201)
                .body("kind", equalTo("MANUAL")).body("reviewerId", equalTo(QaApi.user(tenant, "qa")))
                .body("items.find { it.itemId == '1.1' }.provenance", equalTo("SCORED"))
                .body("items.find { it.itemId == '5.4' }.provenance", equalTo("DEFAULT"))
                .body("findings.find { it.rule == 'R57' }.quote", equalTo("Dear customer"))
                .extract().path("id");
        as(tenant, "qa").get("/api/v1/evaluations/" + id + "/history").then().statusCode(200)
                .body("[0].cause", equalTo("REVIEW"))
                .body("[0].changes.find { it.itemId == '1.1' }.fromProvenance", equalTo("AUTO"))
                .body("[0].changes.find { it.itemId == '1.1' }.from", equalTo("N"))
                .body("[0].changes.find { it.itemId == '1.1' }.reason", equalTo("Customer signs as 'customer'"));
        JsonNode event = QaEvents.await("qa.evaluation-completed", ticket.id(), d -> d.get("revision").asInt() == 1);
        assertEquals("MANUAL", event.get("kind").asText());
        assertEquals(QaApi.user(tenant, "qa"), event.get("reviewerId").asText());

        as(tenant, "supervisor").body("{\"items\":[{\"itemId\":\"5.4\",\"result\":\"N\",\"reason\":\"hung up\"}]}")
                .post("/api/v1/evaluations/" + id + "/revisions").then().statusCode(422).body("rule", equalTo("R54"));
        as(tenant, "qa").body(withoutReason).post("/api/v1/evaluations").then().statusCode(409);
        as(tenant, "agent").body(withoutReason).post("/api/v1/evaluations").then().statusCode(403);
    }

    @Test
    void theEvaluationKeepsItsScorecardVersionAndAutoQaKeepsTheReviewersResults() throws Exception {
        String tenant = QaApi.newTenant("zalora");
        QaApi.install(tenant, "zalora");
        TicketEventFixtures ticket = TicketEventFixtures.ticket(tenant).created("CHAT", "Tanya", "Ravi", "ravi@example.com")
                .message("STAFF", "agent-1", "Halo kak, ada yang bisa dibantu?");
        String scored = create(ticket, "[{\"itemId\":\"2.2\",\"result\":\"N\",\"comment\":\"re-asked the order\"}]");
        await().atMost(Duration.ofSeconds(60)).until(() -> as(tenant, "qa").body(scored).post("/api/v1/evaluations")
                .then().extract().statusCode() == 201);

        ObjectNode definition = (ObjectNode) JSON.readTree(as(tenant, "admin").get("/api/v1/scorecards/zalora-qa-form")
                .then().extract().asString()).get("definition");
        ((ObjectNode) definition.at("/sections/1/items/1")).put("weight", 5.0);
        as(tenant, "admin").body(definition.toString()).put("/api/v1/scorecards/zalora-qa-form").then().statusCode(200)
                .body("version", equalTo(2));

        ticket.message("STAFF", "agent-1", "Ada lagi yang dapat dibantu? Terima kasih telah menghubungi Zalora.")
                .status("NEW", "NEW", "SOLVED", "SOLVED");
        JsonPath evaluation = awaitEvaluation(tenant, ticket.id(), e -> e.getInt("revision") == 2);
        assertEquals(1, evaluation.getInt("scorecard.version"));
        assertEquals("N", item(evaluation, "2.2", "result"));
        assertEquals("SCORED", item(evaluation, "2.2", "provenance"));
        assertEquals("Y", item(evaluation, "5.1", "result"));
        assertEquals("AUTO", item(evaluation, "5.1", "provenance"));
        as(tenant, "qa").get("/api/v1/evaluations/" + evaluation.getString("id") + "/history").then()
                .body("[1].cause", equalTo("AUTOQA"));
    }

    @Test
    void agentsSeeOnlyTheirOwnEvaluations() {
        String tenant = QaApi.newTenant("crazysales");
        QaApi.install(tenant, "crazysales");
        String agent = QaApi.user(tenant, "agent");
        TicketEventFixtures ticket = TicketEventFixtures.ticket(tenant).created("EMAIL", "Broken", "Ana", "ana@example.com")
                .message("STAFF", agent, "Thank you for email. A replacement is on its way.")
                .status("NEW", "NEW", "RESOLVED", "SOLVED");
        String id = awaitEvaluation(tenant, ticket.id(), e -> e.getInt("revision") >= 1).getString("id");
        as(tenant, "agent").get("/api/v1/evaluations/" + id).then().statusCode(200).body("agentId", equalTo(agent));
        as(tenant, "agent", "someone-else@" + tenant).get("/api/v1/evaluations/" + id).then().statusCode(404);
        as(tenant, "agent", "someone-else@" + tenant).get("/api/v1/evaluations").then().statusCode(200)
                .body("items.size()", equalTo(0));
        as(tenant, "agent").queryParam("agentId", "someone-else").get("/api/v1/evaluations").then()
                .body("items.size()", equalTo(1)); // an agent's list is their own whatever they filter
        as(QaApi.newTenant("other"), "qa").get("/api/v1/evaluations/" + id).then().statusCode(404);
        Map<String, Object> findings = as(tenant, "agent").get("/api/v1/evaluations/" + id).then().extract()
                .path("findings.find { it.rule == 'R49' }");
        assertEquals("PASS", findings.get("outcome"));
        assertEquals("Thank you for email.", findings.get("quote"));
    }
}
