package dev.opsdesk.ticket.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.TicketRequests;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Subscriptions and their delivery log through the API, as a tenant's admin uses them. */
final class WebhookFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);

    private WebhookFixtures() {
    }

    /** A created subscription: its id and the secret its create answer showed. */
    record Subscribed(String id, String url, String secret) {
    }

    static ValidatableResponse subscribe(String tenant, Map<String, ?> body) {
        return given().header("Authorization", TestTokens.bearer(tenant, "admin")).contentType("application/json")
                .body(body).when().post("/api/v1/webhook-subscriptions").then();
    }

    /** Subscribes {@code url} to {@code types}; the receiver learns the secret to verify with. */
    static Subscribed subscribe(String tenant, WebhookReceiver receiver, String url, String... types) {
        JsonPath created = subscribe(tenant, Map.of("url", url, "eventTypes", List.of(types),
                "description", "test receiver")).statusCode(201).extract().jsonPath();
        receiver.secret(url, created.getString("secret"));
        return new Subscribed(created.getString("id"), url, created.getString("secret"));
    }

    static ValidatableResponse deliveries(String tenant, String subscriptionId) {
        return given().header("Authorization", TestTokens.bearer(tenant, "admin"))
                .when().get("/api/v1/webhook-subscriptions/" + subscriptionId + "/deliveries").then().statusCode(200);
    }

    /** Waits until the subscription's only delivery is no longer PENDING and returns the page. */
    static JsonPath settledDelivery(String tenant, String subscriptionId) {
        await().atMost(PATIENCE).until(() -> {
            JsonPath page = deliveries(tenant, subscriptionId).extract().jsonPath();
            return page.getList("items").size() == 1 && !"PENDING".equals(page.getString("items[0].status"));
        });
        return deliveries(tenant, subscriptionId).extract().jsonPath();
    }

    static String newTicket(String tenant) {
        return TicketRequests.createId(tenant, "EMAIL", "Webhook " + UUID.randomUUID(), "buyer@example.com");
    }

    /** Waits until {@code url} received {@code count} requests. */
    static List<WebhookReceiver.Received> awaitReceived(WebhookReceiver receiver, String url, int count) {
        await().atMost(PATIENCE).until(() -> receiver.received(url).size() >= count);
        return receiver.received(url);
    }
}
