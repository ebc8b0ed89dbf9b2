package dev.opsdesk.ticket.webhooks;

import static dev.opsdesk.ticket.webhooks.WebhookFixtures.PATIENCE;
import static dev.opsdesk.ticket.webhooks.WebhookFixtures.awaitReceived;
import static dev.opsdesk.ticket.webhooks.WebhookFixtures.deliveries;
import static dev.opsdesk.ticket.webhooks.WebhookFixtures.newTicket;
import static dev.opsdesk.ticket.webhooks.WebhookFixtures.settledDelivery;
import static dev.opsdesk.ticket.webhooks.WebhookFixtures.subscribe;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.intake.IntakeFixtures;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Retries (test profile: 0.2 s doubling to 1 s, auto-disable after 3 failed deliveries): 5xx and 429
 * are retried until 2xx, other 4xx fail at once, a failed delivery can be redelivered, and a
 * subscription whose deliveries keep failing is disabled with an audit entry.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class FailedWebhookDeliveriesAreRetriedOrGivenUpTest extends WithWebhookReceiver {

    @Test
    void twoServerErrorsThenSuccessMakeOneDeliveredDeliveryWithThreeAttempts() {
        String tenant = IntakeFixtures.newTenant("zalora");
        String url = receiver.endpoint(500, 500);
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "ticket.created");
        newTicket(tenant);

        JsonPath page = settledDelivery(tenant, subscription.id());
        assertEquals("DELIVERED", page.getString("items[0].status"));
        assertEquals(3, page.getInt("items[0].attempts"));
        assertEquals(List.of(500, 500, 200), page.getList("items[0].attemptLog.statusCode", Integer.class));
        assertEquals("answer 500", page.getString("items[0].attemptLog[0].responseBody"));
        List<WebhookReceiver.Received> requests = receiver.received(url);
        assertEquals(3, requests.size());
        assertTrue(requests.stream().allMatch(WebhookReceiver.Received::verified));
        assertEquals(1, requests.stream().map(WebhookReceiver.Received::eventId).distinct().count(),
                "every attempt carries the same event id");
    }

    @Test
    void goneAndBadRequestFailAtOnceWithoutRetry() {
        String tenant = IntakeFixtures.newTenant("zalora");
        String gone = receiver.endpoint(410);
        String bad = receiver.endpoint(400);
        WebhookFixtures.Subscribed toGone = subscribe(tenant, receiver, gone, "ticket.created");
        WebhookFixtures.Subscribed toBad = subscribe(tenant, receiver, bad, "ticket.created");
        newTicket(tenant);

        for (WebhookFixtures.Subscribed subscription : List.of(toGone, toBad)) {
            JsonPath page = settledDelivery(tenant, subscription.id());
            assertEquals("FAILED", page.getString("items[0].status"));
            assertEquals(1, page.getInt("items[0].attempts"));
        }
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received(gone).size() == 1 && receiver.received(bad).size() == 1);
    }

    @Test
    void tooManyRequestsIsRetriedNoSoonerThanRetryAfter() {
        String tenant = IntakeFixtures.newTenant("zalora");
        String url = receiver.answering(new WebhookReceiver.Answer(429, "2"));
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "ticket.created");
        newTicket(tenant);

        JsonPath page = settledDelivery(tenant, subscription.id());
        assertEquals("DELIVERED", page.getString("items[0].status"));
        assertEquals(List.of(429, 200), page.getList("items[0].attemptLog.statusCode", Integer.class));
        Duration gap = Duration.between(Instant.parse(page.getString("items[0].attemptLog[0].at")),
                Instant.parse(page.getString("items[0].attemptLog[1].at")));
        assertTrue(gap.toMillis() >= 1900, "Retry-After: 2 honoured, the gap was " + gap);
    }

    @Test
    void aFailedDeliveryIsSentAgainWhenRedelivered() {
        String tenant = IntakeFixtures.newTenant("zalora");
        String url = receiver.endpoint(410);
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "ticket.created");
        newTicket(tenant);
        JsonPath failed = settledDelivery(tenant, subscription.id());
        assertEquals("FAILED", failed.getString("items[0].status"));
        String delivery = failed.getString("items[0].id");

        given().header("Authorization", TestTokens.bearer(tenant, "admin")).contentType("application/json")
                .when().post("/api/v1/webhook-subscriptions/" + subscription.id() + "/deliveries/" + delivery + "/redeliver")
                .then().statusCode(202).body("status", equalTo("PENDING"));

        List<WebhookReceiver.Received> requests = awaitReceived(receiver, url, 2);
        assertEquals(requests.get(0).eventId(), requests.get(1).eventId());
        assertTrue(requests.get(1).verified());
        await().atMost(PATIENCE).until(() -> "DELIVERED".equals(
                deliveries(tenant, subscription.id()).extract().path("items[0].status")));
        deliveries(tenant, subscription.id()).body("items", hasSize(1))
                .body("items[0].attemptLog.statusCode", equalTo(List.of(410, 200)));
    }

    @Test
    void aSubscriptionIsDisabledAfterThreeFailedDeliveriesInARow() {
        String tenant = IntakeFixtures.newTenant("zalora");
        String url = receiver.endpoint(410, 410, 410);
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "ticket.created");
        for (int i = 0; i < 3; i++) {
            newTicket(tenant);
        }
        await().atMost(PATIENCE).until(() -> Boolean.FALSE.equals(given()
                .header("Authorization", TestTokens.bearer(tenant, "admin"))
                .get("/api/v1/webhook-subscriptions/" + subscription.id()).then().statusCode(200)
                .extract().path("enabled")));
        given().header("Authorization", TestTokens.bearer(tenant, "admin"))
                .get("/api/v1/webhook-subscriptions/" + subscription.id()).then()
                .body("disabledReason", equalTo("3 deliveries in a row failed"));
        given().header("Authorization", TestTokens.bearer(tenant, "admin"))
                .queryParam("entityId", subscription.id()).queryParam("action", "webhook-subscription.auto-disabled")
                .get("/api/v1/audit").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].actor", equalTo("system"))
                .body("items[0].before.enabled", equalTo(true)).body("items[0].after.enabled", equalTo(false));

        newTicket(tenant);
        deliveries(tenant, subscription.id()).body("items", hasSize(3));
    }
}
