package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.CallRequests.call;
import static dev.opsdesk.ticket.intake.CallRequests.log;
import static dev.opsdesk.ticket.intake.CallRequests.phone;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.TicketRequests;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * Festival R129, R130: an outgoing call because of a case, and an incoming call about an existing
 * case, are logged as "log a call" on that case (no new case); a first call opens a case with origin
 * Phone (R125).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R129R130CallsAreLoggedOnTheCaseTest {

    @Test
    void anIncomingCallAboutAnExistingCaseIsLoggedOnThatCase() {
        String tenant = newTenant("festival");
        String caller = phone();
        String first = log(tenant, call("INBOUND", "ANSWERED", caller, "pertinentInformation", "Festival 2026 entry"))
                .statusCode(201).body("newTicket", equalTo(true)).extract().path("ticketId");
        TicketRequests.get(tenant, first).statusCode(200).body("origin", equalTo("Phone")); // R125
        String second = log(tenant, call("INBOUND", "ANSWERED", caller, "pertinentInformation", "Called back"))
                .statusCode(201).body("newTicket", equalTo(false))
                .body("matchReason", equalTo("CALL_OPEN_TICKET_OF_CALLER")).extract().path("ticketId");
        assertEquals(first, second); // R130: no new case
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + first + "/notes").then().statusCode(200).body("$", hasSize(2))
                .body("[1].templateId", equalTo("log-a-call"));
    }

    @Test
    void anOutgoingCallForANamedCaseIsLoggedOnItAndACallFromSomeoneElseOpensANewCase() {
        String tenant = newTenant("festival");
        String caseId = TicketRequests.createId(tenant, "EMAIL", "Listing change", "org@festival.test");
        log(tenant, call("OUTBOUND", "ANSWERED", phone(), "ticketId", caseId, "pertinentInformation", "Agreed new date"))
                .statusCode(201).body("ticketId", equalTo(caseId)).body("matchReason", equalTo("CALL_ON_GIVEN_TICKET"));
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + caseId + "/notes").then().statusCode(200)
                .body("[0].templateId", equalTo("log-a-call"));
        String other = log(tenant, call("INBOUND", "ANSWERED", phone(), "pertinentInformation", "New question"))
                .statusCode(201).extract().path("ticketId");
        assertNotEquals(caseId, other);
    }

    @Test
    void aLogACallWithoutItsPertinentInformationIsRefused() {
        String tenant = newTenant("festival");
        log(tenant, call("INBOUND", "ANSWERED", phone())).statusCode(422);
    }
}
