package dev.opsdesk.ticket.intake;

import static dev.opsdesk.ticket.intake.IntakeFixtures.configure;
import static dev.opsdesk.ticket.intake.IntakeFixtures.newTenant;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.intake.domain.chat.WebhookSignature;
import dev.opsdesk.ticket.webhooks.domain.TimestampedSignature;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The chat-transcript webhook is signed over "timestamp.body" (X-Opsdesk-Timestamp, X-Opsdesk-Signature):
 * a timestamp more than 5 minutes either side of now is 401 invalid-signature "stale", so a captured
 * request cannot be replayed later; a wrong secret, a changed body or the old body-only signature is 401.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ChatWebhookRefusesStaleOrBadSignaturesTest {

    private static final String SECRET = "chat-secret-" + UUID.randomUUID();
    private static final String INVALID = "https://problems.opsdesk.dev/invalid-signature";

    private static String tenantWithChat() {
        String tenant = newTenant("crazysales");
        configure(tenant, Map.of("messenger", Map.of("chatTranscriptSecret", SECRET)));
        return tenant;
    }

    @Test
    void aFreshlySignedTranscriptIsAccepted() {
        String tenant = tenantWithChat();
        String body = transcript();
        long now = Instant.now().getEpochSecond();
        post(tenant, body, now, TimestampedSignature.sign(SECRET, now, bytes(body))).statusCode(200)
                .body("added", equalTo(1));
    }

    @Test
    void aTimestampOutsideFiveMinutesIs401Stale() {
        String tenant = tenantWithChat();
        String body = transcript();
        // six minutes either way: a slow request must not carry a timestamp back into the window
        for (long ts : new long[] {Instant.now().getEpochSecond() - 360, Instant.now().getEpochSecond() + 360}) {
            post(tenant, body, ts, TimestampedSignature.sign(SECRET, ts, bytes(body))).statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo(INVALID)).body("detail", equalTo("stale"));
        }
    }

    @Test
    void aWrongSecretAChangedBodyOrAMissingHeaderIs401() {
        String tenant = tenantWithChat();
        String body = transcript();
        long now = Instant.now().getEpochSecond();
        post(tenant, body, now, TimestampedSignature.sign("not-the-secret", now, bytes(body))).statusCode(401)
                .body("type", equalTo(INVALID)).body("detail", not(equalTo("stale")));
        post(tenant, body.replace("Hello", "Hullo"), now, TimestampedSignature.sign(SECRET, now, bytes(body)))
                .statusCode(401).body("type", equalTo(INVALID));
        // signed for one timestamp, sent with another one (within the window)
        post(tenant, body, now - 10, TimestampedSignature.sign(SECRET, now, bytes(body))).statusCode(401);
        post(tenant, body, null, TimestampedSignature.sign(SECRET, now, bytes(body))).statusCode(401);
        post(tenant, body, now, null).statusCode(401);
        post("no-such-tenant", body, now, TimestampedSignature.sign(SECRET, now, bytes(body))).statusCode(401);
    }

    @Test
    void theOldBodyOnlySignatureIsRefused() {
        String tenant = tenantWithChat();
        String body = transcript();
        given().contentType("application/json").body(bytes(body))
                .header("X-Hub-Signature-256", WebhookSignature.sign(SECRET, bytes(body)))
                .when().post("/webhooks/chat/" + tenant).then().statusCode(401).body("type", equalTo(INVALID));
    }

    private static String transcript() {
        return """
                {"conversationId":"conv-%s","customer":{"name":"Ana","email":"ana@example.com"},
                 "lines":[{"id":"l1","author":"CUSTOMER","text":"Hello, my parcel is late"}]}"""
                .formatted(UUID.randomUUID());
    }

    private static ValidatableResponse post(String tenant, String body, Long timestamp, String signature) {
        var request = given().contentType("application/json").body(bytes(body));
        if (timestamp != null) {
            request = request.header("X-Opsdesk-Timestamp", Long.toString(timestamp));
        }
        if (signature != null) {
            request = request.header("X-Opsdesk-Signature", signature);
        }
        return request.when().post("/webhooks/chat/" + tenant).then();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
