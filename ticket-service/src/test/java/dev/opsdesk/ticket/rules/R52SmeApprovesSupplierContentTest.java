package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.createId;
import static dev.opsdesk.ticket.TicketRequests.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R52 (A37): a supplier's update to the customer, or a forward to the purchaser, waits for an SME. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R52SmeApprovesSupplierContentTest {

    private static ValidatableResponse relay(String id, String source, String recipient) {
        return given().header("Authorization", TestTokens.bearer("crazysales", "agent")).contentType("application/json")
                .body(Map.of("authorType", "STAFF", "visibility", "PUBLIC", "contentSource", source, "recipient", recipient,
                        "body", "The supplier confirms a replacement ships on Monday."))
                .when().post("/api/v1/tickets/" + id + "/messages").then();
    }

    private static ValidatableResponse approve(String role, String id, String messageId) {
        return given().header("Authorization", TestTokens.bearer("crazysales", role))
                .when().post("/api/v1/tickets/" + id + "/messages/" + messageId + "/approve").then();
    }

    @Test
    void aSupplierUpdateIsHeldUntilAnSmeApprovesItAndOnlyThenSent() {
        String id = createId("crazysales", "EMAIL", "Replacement?", "sme-" + UUID.randomUUID() + "@example.com");
        String messageId = relay(id, "SUPPLIER", "CUSTOMER").statusCode(201)
                .body("message.approvalState", equalTo("PENDING")).extract().path("message.id");
        get("crazysales", id).body("lastMessageAuthor", nullValue());

        approve("agent", id, messageId).statusCode(403);
        approve("supervisor", id, messageId).statusCode(200)
                .body("approvalState", equalTo("APPROVED"))
                .body("approvedBy", equalTo("test-supervisor@crazysales"));
        get("crazysales", id).body("lastMessageAuthor", equalTo("STAFF"));
        TestKafka.awaitRecord("ticket-events", r -> id.equals(r.key())
                && "ticket.message-added".equals(TestKafka.header(r, "ce_type").orElse(""))
                && r.value().contains(messageId), Duration.ofSeconds(30));
        approve("supervisor", id, messageId).statusCode(409);
    }

    @Test
    void aForwardToThePurchaserIsHeldToo() {
        String id = createId("crazysales", "EMAIL", "Manual", "sme-" + UUID.randomUUID() + "@example.com");
        relay(id, "PURCHASER", "PURCHASER").statusCode(201).body("message.approvalState", equalTo("PENDING"));
    }

    @Test
    void anOrdinaryReplyNeedsNoApproval() {
        String id = createId("crazysales", "EMAIL", "Hello", "sme-" + UUID.randomUUID() + "@example.com");
        given().header("Authorization", TestTokens.bearer("crazysales", "agent")).contentType("application/json")
                .body(Map.of("body", "Thank you for contacting us."))
                .when().post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(201).body("message.approvalState", equalTo("NOT_REQUIRED"));
    }
}
