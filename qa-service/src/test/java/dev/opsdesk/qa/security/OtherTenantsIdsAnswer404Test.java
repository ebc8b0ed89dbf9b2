package dev.opsdesk.qa.security;

import static dev.opsdesk.qa.support.QaApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.qa.support.TicketEventFixtures;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Tenant isolation (BOLA): every qa-service endpoint that takes an id — evaluations, their history
 * and revisions, disputes and decisions, calibrations, their scores and closing, scorecards and their
 * versions, a ticket named in a body — answers 404 for another tenant's id, and changes nothing of theirs.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class OtherTenantsIdsAnswer404Test {

    @Test
    void anotherTenantsIdsAreNotFoundAndStayAsTheyWere() {
        String theirs = QaApi.newTenant("theirs");
        QaApi.install(theirs, "zalora");
        String mine = QaApi.newTenant("mine");
        String agent = QaApi.user(theirs, "agent");
        TicketEventFixtures ticket = TicketEventFixtures.ticket(theirs).created("EMAIL", "Retur", "Ravi", "ravi@example.com")
                .assigned(agent).message("STAFF", agent, "Hi Ravi, retur anda sudah kami terima. Salam.")
                .status("NEW", "NEW", "SOLVED", "SOLVED");
        String evaluation = QaApi.awaitEvaluation(theirs, ticket.id(), e -> e.getInt("revision") >= 1).getString("id");
        String dispute = as(theirs, "agent").body("""
                {"evaluationId":"%s","items":{"5.2":"Y"},"comment":"I closed as asked"}""".formatted(evaluation))
                .post("/api/v1/disputes").then().statusCode(201).extract().path("id");
        String calibration = as(theirs, "qa").body("""
                {"name":"Theirs","ticketIds":["%s"],"reviewers":["ana","ben"]}""".formatted(ticket.id()))
                .post("/api/v1/calibrations").then().statusCode(201).extract().path("id");
        QaApi.install(mine, "crazysales");
        String score = """
                {"ticketId":"%s","items":[{"itemId":"2.2","result":"Y"}]}""".formatted(ticket.id());

        List<Supplier<Response>> calls = List.of(
                () -> as(mine, "qa").get("/api/v1/evaluations/" + evaluation),
                () -> as(mine, "qa").get("/api/v1/evaluations/" + evaluation + "/history"),
                () -> as(mine, "qa").body("{\"items\":[{\"itemId\":\"2.2\",\"result\":\"N\"}]}")
                        .post("/api/v1/evaluations/" + evaluation + "/revisions"),
                () -> as(mine, "qa").body(score).post("/api/v1/evaluations"),
                () -> as(mine, "agent").body("""
                        {"evaluationId":"%s","items":{"5.2":"Y"},"comment":"mine"}""".formatted(evaluation))
                        .post("/api/v1/disputes"),
                () -> as(mine, "qa").get("/api/v1/disputes/" + dispute),
                () -> as(mine, "qa").body("{\"decision\":\"REJECT\",\"comment\":\"no\"}")
                        .post("/api/v1/disputes/" + dispute + "/decision"),
                () -> as(mine, "qa").get("/api/v1/calibrations/" + calibration),
                () -> as(mine, "qa", "ana").body(score).post("/api/v1/calibrations/" + calibration + "/evaluations"),
                () -> as(mine, "qa").post("/api/v1/calibrations/" + calibration + "/close"),
                () -> as(mine, "qa").body("""
                        {"name":"Mine","ticketIds":["%s"]}""".formatted(ticket.id())).post("/api/v1/calibrations"),
                () -> as(mine, "qa").get("/api/v1/scorecards/zalora-qa-form"),
                () -> as(mine, "qa").get("/api/v1/scorecards/zalora-qa-form/versions"),
                () -> as(mine, "qa").get("/api/v1/scorecards/zalora-qa-form/versions/1"));
        List<String> leaks = new ArrayList<>();
        for (int i = 0; i < calls.size(); i++) {
            Response response = calls.get(i).get();
            if (response.statusCode() != 404 || !response.getContentType().startsWith("application/problem+json")) {
                leaks.add("call " + i + ": " + response.statusCode() + " " + response.asString());
            }
        }
        assertEquals(List.of(), leaks);
        as(mine, "qa").queryParam("ticketId", ticket.id().toString()).get("/api/v1/evaluations").then()
                .statusCode(200).body("items", hasSize(0));

        as(theirs, "qa").get("/api/v1/evaluations/" + evaluation).then().statusCode(200).body("revision", equalTo(1));
        as(theirs, "qa").get("/api/v1/disputes/" + dispute).then().statusCode(200).body("state", equalTo("OPEN"));
        as(theirs, "qa").get("/api/v1/calibrations/" + calibration).then().statusCode(200)
                .body("state", equalTo("OPEN"));
    }
}
