package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.listOfTicket;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.logWithoutTicket;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The activities API: bad input is a 400 or 422 problem, other tenants' tickets are 404, roles are checked. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ActivityApiTest {

    @Test
    void theDurationIsRequiredPositiveAndAtMostADay() {
        logWithoutTicket("crazysales", Map.of("taskCategory", "Spam Checking"))
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo("durationSeconds"));
        logWithoutTicket("crazysales", activity("Spam Checking", 0)).statusCode(400)
                .body("errors[0].field", equalTo("durationSeconds"));
        logWithoutTicket("crazysales", activity("Spam Checking", 86_401)).statusCode(400)
                .body("errors[0].field", equalTo("durationSeconds"));
        logWithoutTicket("crazysales", activity("Spam Checking", 86_400)).statusCode(201);
    }

    @Test
    void malformedValuesAreBadRequestsNotServerErrors() {
        logWithoutTicket("crazysales", Map.of("taskCategory", "Spam Checking", "durationSeconds", "long"))
                .statusCode(400);
        logWithoutTicket("crazysales", activity("Voice (Outbound)", 60, "callOutcome", "MAYBE"))
                .statusCode(400);
        logWithoutTicket("crazysales", activity(" ", 60)).statusCode(400)
                .body("errors[0].field", equalTo("taskCategory"));
        logWithoutTicket("crazysales", activity("Special Stores (Escalated Cases)", 60, "ebayCaseId", "12 34; drop"))
                .statusCode(400)
                .body("errors[0].field", equalTo("ebayCaseId"));
    }

    @Test
    void anotherTenantsTicketIsNotFound() {
        String id = createId("zalora", "EMAIL", "Paket belum sampai", "sari@example.co.id");
        logOnTicket("crazysales", id, activity("Kayako Tickets", 60))
                .statusCode(404)
                .contentType("application/problem+json");
        listOfTicket("crazysales", id).statusCode(404);
        logOnTicket("crazysales", UUID.randomUUID().toString(), activity("Kayako Tickets", 60)).statusCode(404);
        listOfTicket("crazysales", "not-a-ticket-id").statusCode(404);
    }

    @Test
    void agentsSupervisorsAndAdminsLogWorkOthersMayNot() {
        for (String role : new String[] {"supervisor", "admin"}) {
            given().header("Authorization", TestTokens.bearer("crazysales", role)).contentType("application/json")
                    .body(activity("System Events", 120))
                    .when().post("/api/v1/activities")
                    .then().statusCode(201);
        }
        given().header("Authorization", TestTokens.bearer("crazysales", "qa")).contentType("application/json")
                .body(activity("System Events", 120))
                .when().post("/api/v1/activities")
                .then().statusCode(403);
        given().contentType("application/json").body(activity("System Events", 120))
                .when().post("/api/v1/activities")
                .then().statusCode(401);
    }
}
