package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * R17: the call agent's recap e-mail uses the seed template with the real Order ID; R18: sending it
 * logs "Sent recap email to customer"; R19: the TIG pick-up subject is exact; R20: the postage
 * template tells the customer to pick the suburb.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R17R19R20MessageTemplatesTest {

    private static ValidatableResponse send(String id, String templateId, Map<String, String> values) {
        return given().header("Authorization", TestTokens.bearer("crazysales", "agent")).contentType("application/json")
                .body(Map.of("templateId", templateId, "values", values))
                .when().post("/api/v1/tickets/" + id + "/templated-messages").then();
    }

    private static String ticketWithOrder(String order) {
        String id = createId("crazysales", "PHONE", "Aftersales call", "call-" + UUID.randomUUID() + "@example.com");
        classify("crazysales", id, Map.of("topics", List.of(), "orderId", order)).statusCode(200);
        return id;
    }

    @Test
    void r17_r18_theRecapUsesTheSeedTemplateAndLogsItsNote() {
        String id = ticketWithOrder("10099887");
        send(id, "recap-email", Map.of("issue", "Parcel damaged", "resolution", "Replacement sent today",
                "lob_email_address", "support@crazysales.com.au", "agent_name", "Maria"))
                .statusCode(201)
                .body("message.subject", equalTo("Phone Hotline Recap (Order10099887)"))
                .body("message.body", startsWith("Thanks for contacting our Customer Service Team."))
                .body("message.body", containsString("-Parcel damaged\n-Replacement sent today"))
                .body("message.body", containsString("email us at support@crazysales.com.au\n\nMaria\nCustomer Experience Specialist"))
                .body("note.templateId", equalTo("recap-sent-note"))
                .body("note.body", equalTo("Ticket ID: " + id + "\nRecap: Sent recap email to customer"));
    }

    @Test
    void r17_theRecapNeedsTheOrderAndEveryPlaceholder() {
        String withoutOrder = createId("crazysales", "PHONE", "Call", "call-" + UUID.randomUUID() + "@example.com");
        send(withoutOrder, "recap-email", Map.of("issue", "x", "resolution", "y", "lob_email_address", "z"))
                .statusCode(422).body("rule", equalTo("R17")).body("errors[0].field", equalTo("orderId"));
        send(ticketWithOrder("10099888"), "recap-email", Map.of("issue", "x", "lob_email_address", "z"))
                .statusCode(422).body("rule", equalTo("R17")).body("errors[0].field", equalTo("values.resolution"));
    }

    @Test
    void r19_thePickUpRequestSubjectCarriesTheRealOrderId() {
        send(ticketWithOrder("55501234"), "tig-pickup-request", Map.of())
                .statusCode(201)
                .body("message.subject", equalTo("PICK UP REQUEST (ORDER ID: 55501234)"));
        String withoutOrder = createId("crazysales", "EMAIL", "Pick up", "tig-" + UUID.randomUUID() + "@example.com");
        send(withoutOrder, "tig-pickup-request", Map.of()).statusCode(422).body("rule", equalTo("R19"));
    }

    @Test
    void r20_thePostageTemplateAsksForTheSuburb() {
        String id = createId("crazysales", "EMAIL", "Postage to 2000?", "post-" + UUID.randomUUID() + "@example.com");
        send(id, "ebay-postage-inquiry", Map.of()).statusCode(201)
                .body("message.body", containsString("choose your suburb in the drop-down of the eBay postage calculator"));
        send(id, "no-such-template", Map.of()).statusCode(422).body("errors[0].field", equalTo("templateId"));
    }
}
