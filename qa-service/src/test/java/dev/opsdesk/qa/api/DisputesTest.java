package dev.opsdesk.qa.api;

import static dev.opsdesk.qa.support.QaApi.as;
import static dev.opsdesk.qa.support.QaApi.awaitEvaluation;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.qa.support.QaEvents;
import dev.opsdesk.qa.support.TicketEventFixtures;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An agent disputes their evaluation with a comment; a reviewer rejects (with a comment) or accepts,
 * which revises the evaluation (same id, next revision, published); every step is kept.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DisputesTest {

    @Test
    void anAgentDisputesAReviewerRejectsThenAcceptsAndTheEvaluationIsRevised() {
        String tenant = QaApi.newTenant("zalora");
        QaApi.install(tenant, "zalora");
        String agent = QaApi.user(tenant, "agent");
        TicketEventFixtures ticket = TicketEventFixtures.ticket(tenant).created("EMAIL", "Retur", "Ravi", "ravi@example.com")
                .assigned(agent).message("STAFF", agent, "Hi Ravi, retur anda sudah kami terima. Salam.")
                .status("NEW", "NEW", "SOLVED", "SOLVED");
        String evaluation = awaitEvaluation(tenant, ticket.id(), e -> e.getInt("revision") >= 1).getString("id");
        String dispute = """
                {"evaluationId":"%s","items":{"5.2":"Y"},"comment":"I closed with Salam, the customer asked for it"}"""
                .formatted(evaluation);

        as(tenant, "agent", "someone-else@" + tenant).body(dispute).post("/api/v1/disputes").then().statusCode(404);
        as(tenant, "agent").body(dispute.replace("I closed with Salam, the customer asked for it", "")).post("/api/v1/disputes")
                .then().statusCode(400).body("errors[0].field", equalTo("comment"));
        as(tenant, "agent").body(dispute.replace("5.2", "5.4")).post("/api/v1/disputes").then().statusCode(422)
                .body("rule", equalTo("R54"));
        String first = as(tenant, "agent").body(dispute).post("/api/v1/disputes").then().statusCode(201)
                .body("state", equalTo("OPEN")).body("proposals[0].current", equalTo("N"))
                .body("proposals[0].proposed", equalTo("Y")).extract().path("id");
        as(tenant, "agent").body(dispute).post("/api/v1/disputes").then().statusCode(409);
        as(tenant, "agent").body("{\"decision\":\"ACCEPT\"}").post("/api/v1/disputes/" + first + "/decision").then()
                .statusCode(403);
        as(tenant, "qa").body("{\"decision\":\"REJECT\"}").post("/api/v1/disputes/" + first + "/decision").then()
                .statusCode(400);
        as(tenant, "qa").body("{\"decision\":\"REJECT\",\"comment\":\"The standard closing names Zalora\"}")
                .post("/api/v1/disputes/" + first + "/decision").then().statusCode(200)
                .body("state", equalTo("REJECTED")).body("history.action", equalTo(List.of("OPENED", "REJECTED")));

        String second = as(tenant, "agent").body(dispute).post("/api/v1/disputes").then().statusCode(201).extract().path("id");
        as(tenant, "supervisor").body("{\"decision\":\"ACCEPT\",\"comment\":\"Agreed with the TL\"}")
                .post("/api/v1/disputes/" + second + "/decision").then().statusCode(200)
                .body("state", equalTo("ACCEPTED")).body("resultingRevision", equalTo(2));
        as(tenant, "qa").body("{\"decision\":\"REJECT\",\"comment\":\"late\"}").post("/api/v1/disputes/" + second + "/decision")
                .then().statusCode(409);
        as(tenant, "agent").get("/api/v1/evaluations/" + evaluation).then().statusCode(200)
                .body("revision", equalTo(2)).body("kind", equalTo("MANUAL"))
                .body("items.find { it.itemId == '5.2' }.result", equalTo("Y"))
                .body("items.find { it.itemId == '5.2' }.provenance", equalTo("SCORED"));
        as(tenant, "qa").get("/api/v1/evaluations/" + evaluation + "/history").then()
                .body("[1].cause", equalTo("DISPUTE")).body("[1].changes[0].itemId", equalTo("5.2"));
        as(tenant, "agent").queryParam("state", "ACCEPTED").get("/api/v1/disputes").then().statusCode(200)
                .body("items.id", equalTo(List.of(second)));
        JsonNode revised = QaEvents.await("qa.evaluation-completed", ticket.id(), d -> d.get("revision").asInt() == 2);
        assertEquals(evaluation, revised.get("evaluationId").asText());
        as(QaApi.newTenant("other"), "qa").get("/api/v1/disputes/" + second).then().statusCode(404)
                .body("type", endsWith("/not-found"));
        as(tenant, "qa").get("/api/v1/disputes/" + UUID.randomUUID()).then().statusCode(404);
    }
}
