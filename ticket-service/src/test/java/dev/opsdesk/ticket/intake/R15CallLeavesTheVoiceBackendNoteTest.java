package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.CallRequests.call;
import static dev.opsdesk.ticket.intake.CallRequests.log;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.TicketRequests;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** R15: a logged call writes the voice backend note "Complaint/Inquiry Source: inbound call (<phone>)". */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R15CallLeavesTheVoiceBackendNoteTest {

    @Test
    void anInboundCallNoteStartsWithTheCallersNumber() {
        String tenant = newTenant("crazysales");
        String ticket = log(tenant, call("INBOUND", "ANSWERED", "+61 2 9999 0000")).statusCode(201)
                .extract().path("ticketId");
        TicketRequests.get(tenant, ticket).statusCode(200).body("requester.phone", equalTo("+61299990000"))
                .body("channel", equalTo("PHONE"));
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + ticket + "/notes").then().statusCode(200).body("$", hasSize(1))
                .body("[0].templateId", equalTo("backend-note-voice"))
                .body("[0].body", startsWith("Complaint/Inquiry Source: inbound call (+61299990000)"));
    }

    @Test
    void aCallWithoutItsIssueIsRefusedWholeUnderR15() {
        String tenant = newTenant("crazysales");
        var body = call("INBOUND", "ANSWERED", CallRequests.phone());
        body.remove("issue");
        log(tenant, body).statusCode(422).body("errors[0].field", equalTo("fields.Issue"));
        given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets?channel=PHONE").then().statusCode(200).body("items", hasSize(0));
    }
}
