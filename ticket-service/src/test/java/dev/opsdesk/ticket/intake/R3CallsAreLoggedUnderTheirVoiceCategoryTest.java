package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.ActivityRequests.listOfTicket;
import static dev.opsdesk.ticket.intake.CallRequests.call;
import static dev.opsdesk.ticket.intake.CallRequests.log;
import static dev.opsdesk.ticket.intake.CallRequests.phone;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * R3: an answered outbound call is Voice (Outbound), 12 min; an unanswered one, a voicemail or a
 * quick call is Voice (Voicemail / Quick Call), 2 min; an incoming call is Voice (Inbound).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R3CallsAreLoggedUnderTheirVoiceCategoryTest {

    @Test
    void anAnsweredOutboundCallIsVoiceOutboundOf12Minutes() {
        String tenant = newTenant("crazysales");
        String ticket = log(tenant, call("OUTBOUND", "ANSWERED", phone())).statusCode(201)
                .body("taskCategory", equalTo("Voice (Outbound)")).extract().path("ticketId");
        listOfTicket(tenant, ticket).statusCode(200).body("[0].standardMinutes", equalTo(12))
                .body("[0].callOutcome", equalTo("ANSWERED"));
    }

    @Test
    void anUnansweredOutboundCallOrAVoicemailIsVoicemailOf2Minutes() {
        String tenant = newTenant("crazysales");
        for (String outcome : new String[] {"UNANSWERED", "VOICEMAIL", "QUICK_CALL"}) {
            String ticket = log(tenant, call("OUTBOUND", outcome, phone())).statusCode(201)
                    .body("taskCategory", equalTo("Voice (Voicemail / Quick Call)")).extract().path("ticketId");
            listOfTicket(tenant, ticket).statusCode(200).body("[0].standardMinutes", equalTo(2));
        }
    }

    @Test
    void anAnsweredIncomingCallIsVoiceInbound() {
        String tenant = newTenant("crazysales");
        log(tenant, call("INBOUND", "ANSWERED", phone())).statusCode(201)
                .body("taskCategory", equalTo("Voice (Inbound)")).body("newTicket", equalTo(true));
    }

    @Test
    void aCallWithoutAnOutcomeIsRefusedAndStoresNothing() {
        String tenant = newTenant("crazysales");
        var body = call("OUTBOUND", "ANSWERED", phone());
        body.remove("outcome");
        log(tenant, body).statusCode(400).body("errors[0].field", equalTo("outcome"));
    }
}
