package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** R3: an answered outbound call is Voice (Outbound); unanswered, voicemail or quick call is Voice (Voicemail / Quick Call). */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R3OutboundCallOutcomeDecidesTheCategoryTest {

    private static String phoneTicket() {
        return createId("crazysales", "PHONE", "Call back about refund", "r3@example.com");
    }

    @Test
    void anAnsweredCallIsLoggedAsVoiceOutbound() {
        logOnTicket("crazysales", phoneTicket(), activity("Voice (Outbound)", 420, "callOutcome", "ANSWERED"))
                .statusCode(201)
                .body("callOutcome", equalTo("ANSWERED"))
                .body("channel", equalTo("PHONE"))
                .body("standardMinutes", equalTo(12));
    }

    @Test
    void unansweredVoicemailAndQuickCallsAreLoggedAsVoicemail() {
        String id = phoneTicket();
        for (String outcome : new String[] {"UNANSWERED", "VOICEMAIL", "QUICK_CALL"}) {
            logOnTicket("crazysales", id, activity("Voice (Voicemail / Quick Call)", 45, "callOutcome", outcome))
                    .statusCode(201)
                    .body("callOutcome", equalTo(outcome))
                    .body("standardMinutes", equalTo(2));
        }
    }

    @Test
    void anAnsweredCourierCallKeepsItsR5Category() {
        logOnTicket("crazysales", phoneTicket(), activity("Courier Inquiry (Voice)", 300, "callOutcome", "ANSWERED",
                "channel", "COURIER_PHONE"))
                .statusCode(201)
                .body("standardMinutes", equalTo(12));
    }

    @Test
    void anAnsweredCallLoggedAsVoicemailIsRejectedNamingR3() {
        logOnTicket("crazysales", phoneTicket(), activity("Voice (Voicemail / Quick Call)", 420, "callOutcome", "ANSWERED"))
                .statusCode(422)
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R3"))
                .body("errors[0].field", equalTo("taskCategory"));
    }

    @Test
    void aVoicemailLoggedAsVoiceOutboundIsRejectedNamingR3() {
        logOnTicket("crazysales", phoneTicket(), activity("Voice (Outbound)", 40, "callOutcome", "VOICEMAIL"))
                .statusCode(422)
                .body("rule", equalTo("R3"));
    }
}
