package dev.opsdesk.ticket.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.RoleMatrix;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.testing.fuzz.FuzzReport;
import dev.opsdesk.testing.fuzz.MimeCases;
import dev.opsdesk.testing.fuzz.ServiceFuzz;
import dev.opsdesk.testing.fuzz.WebhookCases;
import dev.opsdesk.testing.fuzz.WebhookSigner;
import dev.opsdesk.testing.fuzz.WriteWatch;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 7 (docs/fuzz/README.md): malformed JSON bodies for every POST/PUT/PATCH of the
 * OpenAPI document, malformed MIME messages for raw-mail intake, and malformed Messenger and chat
 * webhook deliveries (signed over the damaged body, so they reach the parser) never answer 5xx, never
 * drop the connection, and a refused one writes nothing. The tenants' rate limits are lifted in %test.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MalformedInputNeverAnswers5xxTest {

    /** The API tenant; its intake settings are fuzzed too, so the webhooks use a tenant of their own. */
    static final String TENANT = "fuzz-tickets";
    static final String HOOKS = "fuzz-hooks";
    private static final String APP_SECRET = "fuzz-app-secret";
    private static final String CHAT_SECRET = "fuzz-chat-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void malformedBodiesMessagesAndWebhooksAnswer4xxAndRefusedOnesWriteNothing() {
        createTenant(TENANT);
        createTenant(HOOKS);
        given().header("Authorization", TestTokens.bearer(HOOKS, "admin")).contentType("application/json")
                .body(Map.of("messenger", Map.of("verifyToken", "fuzz-verify", "appSecret", APP_SECRET,
                        "chatTranscriptSecret", CHAT_SECRET)))
                .when().put("/api/v1/intake/settings").then().statusCode(200);
        String customer = customer();
        String otherCustomer = customer();
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        Map<String, String> ticketPaths = new HashMap<>();
        String integration = TestTokens.bearer(TENANT, "integration");

        ServiceFuzz fuzz = new ServiceFuzz("ticket-service", base, openApi, RoleMatrix.load("/role-matrix.csv"), TENANT)
                .paths(template -> ticketPaths.computeIfAbsent(template, t -> pathFor(t, customer)))
                .example("POST /api/v1/tenants", "{\"id\":\"fuzz-created\",\"name\":\"Fuzz\",\"template\":\"crazysales\"}")
                .example("POST /api/v1/tickets", "{\"channel\":\"EMAIL\",\"subject\":\"Where is my order?\","
                        + "\"requester\":{\"email\":\"ana.fuzz@example.com\",\"name\":\"Ana\"}}")
                .example("POST /api/v1/tickets/{id}/messages", "{\"authorType\":\"STAFF\",\"body\":\"We are on it\"}")
                .example("POST /api/v1/tickets/{id}/status", "{\"status\":\"IN_PROGRESS\",\"reply\":{\"body\":\"On it\"}}")
                .example("POST /api/v1/tickets/{id}/assign", "{\"owner\":\"agent-fuzz\"}")
                .example("POST /api/v1/tickets/{id}/notes", "{\"templateId\":\"ticket-order-note\","
                        + "\"fields\":{\"Order ID\":\"12345\",\"SKU\":\"S-1\"}}")
                .example("PUT /api/v1/tickets/{id}/classification", "{\"topics\":[\"Delivery\"],\"orderId\":\"12345\"}")
                .example("POST /api/v1/tickets/{id}/close", "{\"resolution\":\"RESOLVED\",\"reply\":\"Solved\"}")
                .example("POST /api/v1/tickets/{id}/merge", "{\"sources\":[\"" + ticket() + "\"]}")
                .example("POST /api/v1/tickets/{id}/activities", "{\"taskCategory\":\"Kayako Tickets\",\"durationSeconds\":60}")
                .example("POST /api/v1/activities", "{\"taskCategory\":\"Spam Checking\",\"durationSeconds\":60}")
                .example("POST /api/v1/customers", "{\"displayName\":\"Ana\",\"emails\":[\"ana.c.fuzz@example.com\"]}")
                .example("POST /api/v1/customers/{id}/identities", "{\"kind\":\"PHONE\",\"value\":\"+61412345678\"}")
                .example("POST /api/v1/customers/{id}/merge", "{\"from\":\"" + otherCustomer + "\"}")
                .example("PUT /api/v1/orders/{orderId}/status", "{\"status\":\"ON_HOLD\",\"since\":\"2026-11-20T10:00:00Z\"}")
                .example("POST /api/v1/intake/calls", "{\"phone\":\"+61412345678\",\"durationSeconds\":60}")
                .example("POST /api/v1/intake/chat/transcripts", chatTranscript(0).toString())
                .example("PUT /api/v1/intake/settings", "{\"floodLimit\":{\"maxMessages\":20,\"windowMinutes\":60}}")
                .queries(operation -> !operation.query().isEmpty() && operation.path().startsWith("/api/"))
                .queryValues(Map.of("limit", "20", "email", "ana.fuzz@example.com"))
                .skip("POST /webhooks/messenger/{tenant}", "signed: WebhookCases below")
                .skip("POST /webhooks/chat/{tenant}", "signed: WebhookCases below")
                .skip("POST /api/v1/webhook-subscriptions", "an accepted subscription sends deliveries in the background,"
                        + " which the write watch would count against the next refused case")
                .add(new MimeCases("/api/v1/intake/email", integration, 14))
                .add(new WebhookCases("/webhooks/messenger/{tenant}", HOOKS, MalformedInputNeverAnswers5xxTest::messengerDelivery,
                        WebhookSigner.hubSignature256(APP_SECRET), 8))
                .add(new WebhookCases("/webhooks/chat/{tenant}", HOOKS, MalformedInputNeverAnswers5xxTest::chatTranscript,
                        WebhookSigner.opsdeskTimestamped(CHAT_SECRET), 6));
        FuzzReport report;
        try (WriteWatch watch = WriteWatch.forTenants(List.of(TENANT, HOOKS), WriteWatch.NEVER_BY_REQUESTS,
                WriteWatch.UPDATED_IN_THE_BACKGROUND)) {
            report = fuzz.watch(watch).run(1_000);
        }
        ServiceFuzz.assertNoFailures(report);
        assertEquals(0, report.fiveHundreds());
    }

    private static String pathFor(String template, String customer) {
        String path = template.replace("{orderId}", "FUZZ-ORDER-1").replace("{tenant}", HOOKS);
        if (template.startsWith("/api/v1/customers/{id}")) {
            return path.replace("{id}", customer);
        }
        if (template.startsWith("/api/v1/tickets/{id}")) {
            String ticket = ticket();
            if (template.contains("{messageId}")) {
                String message = given().header("Authorization", TestTokens.bearer(TENANT, "agent")).contentType("application/json")
                        .body(Map.of("authorType", "STAFF", "visibility", "PUBLIC", "body", "Supplier says hello",
                                "contentSource", "SUPPLIER", "recipient", "CUSTOMER"))
                        .when().post("/api/v1/tickets/" + ticket + "/messages").then().statusCode(201).extract().path("message.id");
                path = path.replace("{messageId}", message);
            }
            return path.replace("{id}", ticket);
        }
        // webhook subscriptions and deliveries: unknown ids, so valid bodies end in 404 after parsing
        return path.replace("{id}", UUID.randomUUID().toString()).replace("{deliveryId}", UUID.randomUUID().toString());
    }

    /** A ticket of its own for each endpoint, so one endpoint's accepted cases do not close another's. */
    private static String ticket() {
        return given().header("Authorization", TestTokens.bearer(TENANT, "agent")).contentType("application/json")
                .body(Map.of("channel", "EMAIL", "subject", "Fuzz target", "requester",
                        Map.of("email", "target." + UUID.randomUUID() + "@example.com")))
                .when().post("/api/v1/tickets").then().statusCode(201).extract().path("id");
    }

    private static String customer() {
        return given().header("Authorization", TestTokens.bearer(TENANT, "agent")).contentType("application/json")
                .body(Map.of("displayName", "Fuzz", "emails", List.of("c." + UUID.randomUUID() + "@example.com")))
                .when().post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    private static void createTenant(String id) {
        given().header("Authorization", TestTokens.bearer(id, "admin")).contentType("application/json")
                .body(Map.of("id", id, "name", "Fuzz " + id, "template", "crazysales"))
                .when().post("/api/v1/tenants").then().statusCode(201);
    }

    /** A new message from one of 50 senders: its own mid, so it is not a replay. */
    static JsonNode messengerDelivery(int index) {
        return json("""
                {"object":"page","entry":[{"id":"PAGE","time":1700000000000,"messaging":[
                {"sender":{"id":"PSID-%d"},"recipient":{"id":"PAGE"},"timestamp":1700000000000,
                 "message":{"mid":"m_fuzz_%d","text":"My parcel is late"}}]}]}""".formatted(index % 50, index));
    }

    static JsonNode chatTranscript(int index) {
        return json("""
                {"conversationId":"conv-%d","customer":{"name":"Ana","email":"ana%d@example.com"},
                 "lines":[{"id":"line-%d","author":"CUSTOMER","text":"Hello, where is my order?"}]}"""
                .formatted(index % 100, index % 100, index));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
