package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.logWithoutTicket;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * R4 (Cross Department Request) and R5 (Courier Inquiry): voice work goes under the voice category,
 * other work under the non-voice one. Other voice-only or non-voice-only categories follow the same
 * check under R1; categories the seed gives no channel for accept any (A40).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R4And5VoiceOrNonVoiceDecidesTheCategoryTest {

    @Test
    void r4_crossDepartmentRequestsByVoiceAndByEmailAreAccepted() {
        logOnTicket("crazysales", createId("crazysales", "PHONE", "CN asks us to call", "r4@example.com"),
                activity("Cross Department Request (Voice)", 400))
                .statusCode(201).body("standardMinutes", equalTo(12));
        logOnTicket("crazysales", createId("crazysales", "EMAIL", "CN asks us to write", "r4@example.com"),
                activity("Cross Department Request (Non Voice)", 200))
                .statusCode(201).body("standardMinutes", equalTo(5));
    }

    @Test
    void r4_aCallLoggedAsNonVoiceIsRejectedNamingTheVoiceCategory() {
        logOnTicket("crazysales", createId("crazysales", "PHONE", "CN asks us to call", "r4@example.com"),
                activity("Cross Department Request (Non Voice)", 400))
                .statusCode(422)
                .body("rule", equalTo("R4"))
                .body("errors[0].field", equalTo("taskCategory"))
                .body("detail", containsString("Cross Department Request (Voice)"));
        logWithoutTicket("crazysales", activity("Cross Department Request (Voice)", 200, "channel", "EMAIL"))
                .statusCode(422)
                .body("rule", equalTo("R4"));
    }

    @Test
    void r5_courierCallsAndCourierEmailsAreAccepted() {
        logWithoutTicket("crazysales", activity("Courier Inquiry (Voice)", 500, "channel", "COURIER_PHONE"))
                .statusCode(201).body("standardMinutes", equalTo(12));
        logWithoutTicket("crazysales", activity("Courier Inquiry (Non Voice)", 100, "channel", "COURIER_EMAIL"))
                .statusCode(201).body("standardMinutes", equalTo(2));
    }

    @Test
    void r5_aCourierCallLoggedAsNonVoiceAndAnEmailLoggedAsVoiceAreRejected() {
        logWithoutTicket("crazysales", activity("Courier Inquiry (Non Voice)", 500, "channel", "COURIER_PHONE"))
                .statusCode(422)
                .body("type", endsWith("/rule-violation"))
                .body("rule", equalTo("R5"))
                .body("detail", containsString("Courier Inquiry (Voice)"));
        logWithoutTicket("crazysales", activity("Courier Inquiry (Voice)", 100, "channel", "COURIER_EMAIL"))
                .statusCode(422)
                .body("rule", equalTo("R5"));
    }

    @Test
    void otherVoiceMismatchesAreRejectedUnderR1() {
        logOnTicket("crazysales", createId("crazysales", "EMAIL", "Refund please", "r4@example.com"),
                activity("Voice (Inbound)", 300))
                .statusCode(422)
                .body("rule", equalTo("R1"));
        logOnTicket("crazysales", createId("crazysales", "PHONE", "Refund please", "r4@example.com"),
                activity("Kayako Tickets", 300))
                .statusCode(422)
                .body("rule", equalTo("R1"));
    }

    @Test
    void theRequestsChannelWinsOverTheTickets() {
        logOnTicket("crazysales", createId("crazysales", "EMAIL", "Please call me", "r4@example.com"),
                activity("Voice (Outbound)", 300, "channel", "PHONE"))
                .statusCode(201)
                .body("channel", equalTo("PHONE"));
    }

    @Test
    void a40_aCategoryWithoutAChannelAcceptsVoiceAndWrittenWork() {
        logWithoutTicket("crazysales", activity("Loss Investigation (New/Long Cases)", 400, "channel", "COURIER_PHONE"))
                .statusCode(201).body("standardMinutes", equalTo(7));
        logWithoutTicket("crazysales", activity("Loss Investigation (New/Long Cases)", 400, "channel", "COURIER_EMAIL"))
                .statusCode(201).body("standardMinutes", equalTo(7));
    }

    @Test
    void aChannelTheTenantDoesNotHaveIsRejected() {
        logWithoutTicket("crazysales", activity("Voice (Inbound)", 300, "channel", "FAX"))
                .statusCode(422)
                .body("type", endsWith("/invalid-value"))
                .body("errors[0].field", equalTo("channel"));
    }
}
