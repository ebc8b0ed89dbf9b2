package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.IntakeFixtures.configure;
import static dev.opsdesk.ticket.intake.IntakeFixtures.messages;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.TicketRequests;
import dev.opsdesk.ticket.intake.domain.chat.WebhookSignature;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Messenger-compatible webhook: the GET challenge, X-Hub-Signature-256 on POST, replays ignored. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MessengerWebhookTest {

    private static final String SECRET = "app-secret-" + UUID.randomUUID();

    private static String tenantWithMessenger() {
        String tenant = newTenant("crazysales");
        configure(tenant, Map.of("messenger", Map.of("verifyToken", "verify-me", "appSecret", SECRET)));
        return tenant;
    }

    @Test
    void theChallengeIsEchoedOnlyForTheTenantsVerifyToken() {
        String tenant = tenantWithMessenger();
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "verify-me")
                .queryParam("hub.challenge", "1158201444")
                .when().get("/webhooks/messenger/" + tenant).then().statusCode(200).body(equalTo("1158201444"));
        given().queryParam("hub.mode", "subscribe").queryParam("hub.verify_token", "guess")
                .queryParam("hub.challenge", "1158201444")
                .when().get("/webhooks/messenger/" + tenant).then().statusCode(403);
    }

    @Test
    void aWrongOrMissingSignatureIs401AndAddsNothing() {
        String tenant = tenantWithMessenger();
        String body = delivery("PSID-" + UUID.randomUUID(), "m_" + UUID.randomUUID(), "Hi");
        post(tenant, body, WebhookSignature.sign("not-the-secret", bytes(body))).statusCode(401)
                .body("type", equalTo("https://problems.opsdesk.dev/invalid-signature"));
        post(tenant, body, null).statusCode(401);
        post("no-such-tenant", body, WebhookSignature.sign(SECRET, bytes(body))).statusCode(401);
    }

    @Test
    void aReplayedMessageIdAddsNoDuplicateMessage() {
        String tenant = tenantWithMessenger();
        String sender = "PSID-" + UUID.randomUUID();
        String mid = "m_" + UUID.randomUUID();
        String body = delivery(sender, mid, "My parcel is late");
        post(tenant, body, WebhookSignature.sign(SECRET, bytes(body))).statusCode(200)
                .body("added", equalTo(1)).body("duplicates", equalTo(0));
        post(tenant, body, WebhookSignature.sign(SECRET, bytes(body))).statusCode(200)
                .body("added", equalTo(0)).body("duplicates", equalTo(1));
        String next = delivery(sender, "m_" + UUID.randomUUID(), "Order 123");
        post(tenant, next, WebhookSignature.sign(SECRET, bytes(next))).statusCode(200).body("added", equalTo(1));

        String ticket = given().header("Authorization", dev.opsdesk.testing.TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets?channel=FACEBOOK").then().statusCode(200)
                .body("items", hasSize(1)).extract().path("items[0].id");
        TicketRequests.get(tenant, ticket).statusCode(200).body("requester.social", equalTo("messenger:" + sender.toLowerCase()));
        messages(tenant, ticket).body("$", hasSize(2))
                .body("[0].matchReason", equalTo("NEW_TICKET")).body("[1].matchReason", equalTo("OPEN_TICKET_OF_SENDER"));
    }

    static String delivery(String sender, String mid, String text) {
        return """
                {"object":"page","entry":[{"id":"PAGE","time":1700000000000,"messaging":[
                {"sender":{"id":"%s"},"recipient":{"id":"PAGE"},"timestamp":1700000000000,
                 "message":{"mid":"%s","text":"%s"}}]}]}""".formatted(sender, mid, text);
    }

    private static ValidatableResponse post(String tenant, String body, String signature) {
        var request = given().contentType("application/json").body(bytes(body));
        if (signature != null) {
            request = request.header("X-Hub-Signature-256", signature);
        }
        return request.when().post("/webhooks/messenger/" + tenant).then();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
