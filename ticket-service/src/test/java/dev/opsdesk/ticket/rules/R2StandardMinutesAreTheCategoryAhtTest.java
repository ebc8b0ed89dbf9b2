package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.ActivityRequests.activity;
import static dev.opsdesk.ticket.ActivityRequests.listOfTicket;
import static dev.opsdesk.ticket.ActivityRequests.logOnTicket;
import static dev.opsdesk.ticket.ActivityRequests.logWithoutTicket;
import static dev.opsdesk.ticket.ActivityRequests.newEbayCaseId;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R2: the standard minutes stored with a work log are the catalogue's AHT, whatever the client sends. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R2StandardMinutesAreTheCategoryAhtTest {

    @Test
    void voiceCategoriesReadBackWithTheirAht() {
        String id = createId("crazysales", "PHONE", "Call about order 1001", "r2@example.com");
        logOnTicket("crazysales", id, activity("Voice (Inbound)", 700)).statusCode(201);
        logOnTicket("crazysales", id, activity("Voice (Outbound)", 650)).statusCode(201);
        logOnTicket("crazysales", id, activity("Cross Department Request (Voice)", 500)).statusCode(201);
        logOnTicket("crazysales", id, activity("Voice (Voicemail / Quick Call)", 40)).statusCode(201);
        listOfTicket("crazysales", id).statusCode(200)
                .body("taskCategory", contains("Voice (Inbound)", "Voice (Outbound)", "Cross Department Request (Voice)",
                        "Voice (Voicemail / Quick Call)"))
                .body("standardMinutes", contains(12, 12, 12, 2))
                .body("actualSeconds", contains(700, 650, 500, 40));
    }

    @Test
    void chatCourierCallAndEscalatedCaseHaveTheirAht() {
        logWithoutTicket("crazysales", activity("Chat (Kayako)", 600, "channel", "CHAT"))
                .statusCode(201).body("standardMinutes", equalTo(12));
        logWithoutTicket("crazysales", activity("Courier Inquiry (Voice)", 600, "channel", "COURIER_PHONE"))
                .statusCode(201).body("standardMinutes", equalTo(12));
        logWithoutTicket("crazysales", activity("Special Stores (Escalated Cases)", 600, "ebayCaseId", newEbayCaseId()))
                .statusCode(201).body("standardMinutes", equalTo(9));
    }

    @Test
    void aClientCannotChooseTheStandardMinutes() {
        Map<String, Object> body = activity("Voice (Outbound)", 30, "channel", "PHONE");
        body.put("standardMinutes", 2);
        // a server-owned field in the body is refused (issue 8, docs/security.md), not silently dropped
        logWithoutTicket("crazysales", body).statusCode(400).body("errors[0].field", equalTo("standardMinutes"));
        body.remove("standardMinutes");
        logWithoutTicket("crazysales", body).statusCode(201).body("standardMinutes", equalTo(12));
    }
}
