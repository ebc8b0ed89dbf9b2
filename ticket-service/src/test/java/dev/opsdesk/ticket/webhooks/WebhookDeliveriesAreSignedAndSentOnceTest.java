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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.intake.IntakeFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A ticket event reaches a subscribed receiver as a signed structured CloudEvent it can verify with
 * the documented algorithm; event types it did not subscribe to are not sent; and the outbox relay
 * publishing an event to Kafka again does not deliver it again.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WebhookDeliveriesAreSignedAndSentOnceTest extends WithWebhookReceiver {

    @Test
    void aDeliveryIsASignedCloudEventTheReceiverVerifies() {
        String tenant = IntakeFixtures.newTenant("crazysales");
        String url = receiver.endpoint();
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "ticket.created");
        String ticket = newTicket(tenant);

        WebhookReceiver.Received request = awaitReceived(receiver, url, 1).get(0);
        assertTrue(request.verified(), "the signature verifies with the secret and the documented algorithm");
        assertTrue(request.signature().startsWith("t=" + request.timestamp() + ",v1="), request.signature());
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(request.timestamp())) < 300);
        assertTrue(request.contentType().startsWith("application/cloudevents+json"), request.contentType());
        JsonPath event = new JsonPath(request.bodyText());
        assertEquals("1.0", event.getString("specversion"));
        assertEquals(request.eventId(), event.getString("id"));
        assertEquals("ticket.created", event.getString("type"));
        assertEquals("ticket-service", event.getString("source"));
        assertEquals(ticket, event.getString("subject"));
        assertEquals(tenant, event.getString("tenantid"));
        assertEquals(ticket, event.getString("data.ticketId"));
        Instant.parse(event.getString("time"));

        JsonPath page = settledDelivery(tenant, subscription.id());
        assertEquals("DELIVERED", page.getString("items[0].status"));
        assertEquals(request.eventId(), page.getString("items[0].eventId"));
        assertEquals(200, page.getInt("items[0].attemptLog[0].statusCode"));
        assertTrue(!WebhookReceiver.verify("another-secret", request.timestamp(), request.signature(), request.body()),
                "another secret does not verify");
    }

    @Test
    void eventTypesNotSubscribedToAreNotSent() {
        String tenant = IntakeFixtures.newTenant("crazysales");
        String url = receiver.endpoint();
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "ticket.assigned");
        String ticket = newTicket(tenant);
        given().header("Authorization", TestTokens.bearer(tenant, "supervisor")).contentType("application/json")
                .body(Map.of("owner", "ana")).when().post("/api/v1/tickets/" + ticket + "/assign").then().statusCode(200);

        List<WebhookReceiver.Received> requests = awaitReceived(receiver, url, 1);
        assertEquals("ticket.assigned", new JsonPath(requests.get(0).bodyText()).getString("type"));
        deliveries(tenant, subscription.id()).body("items", hasSize(1))
                .body("items[0].eventType", equalTo("ticket.assigned"));
        assertEquals(1, receiver.received(url).size(), "ticket.created was not sent");
    }

    @Test
    void anEventTheOutboxRelayPublishesAgainIsNotDeliveredAgain() {
        String tenant = IntakeFixtures.newTenant("crazysales");
        String url = receiver.endpoint();
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "*");
        newTicket(tenant);
        String eventId = awaitReceived(receiver, url, 1).get(0).eventId();
        assertEquals("DELIVERED", settledDelivery(tenant, subscription.id()).getString("items[0].status"));

        // as after a crash between the broker's acknowledgement and the relay's commit
        sql("update outbox_event set published_at = null where event_id = ?1", eventId);
        await().atMost(PATIENCE).until(() -> count("select count(*) from outbox_event where event_id = ?1"
                + " and published_at is not null", eventId) == 1);

        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(20))
                .until(() -> receiver.received(url).size() == 1);
        assertEquals(1, count("select count(*) from webhook_delivery where event_id = ?1", eventId));
        deliveries(tenant, subscription.id()).body("items", hasSize(1)).body("items[0].attempts", equalTo(1));
    }

    @Test
    void theDeliveryLogIsPagedNewestFirstWithACursor() {
        String tenant = IntakeFixtures.newTenant("crazysales");
        String url = receiver.endpoint();
        WebhookFixtures.Subscribed subscription = subscribe(tenant, receiver, url, "*");
        List<String> tickets = List.of(newTicket(tenant), newTicket(tenant), newTicket(tenant));
        awaitReceived(receiver, url, 3);
        await().atMost(PATIENCE).until(() -> given().header("Authorization", TestTokens.bearer(tenant, "director"))
                .queryParam("status", "DELIVERED").get("/api/v1/webhook-subscriptions/" + subscription.id() + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getList("items").size() == 3);

        JsonPath first = page(tenant, subscription.id(), null);
        assertEquals(2, first.getList("items").size());
        JsonPath second = page(tenant, subscription.id(), first.getString("nextCursor"));
        assertEquals(1, second.getList("items").size());
        assertNull(second.getString("nextCursor"));
        List<String> subjects = new ArrayList<>();
        for (JsonPath page : List.of(first, second)) {
            for (String body : receiverBodies(url, page.getList("items.eventId", String.class))) {
                subjects.add(new JsonPath(body).getString("subject"));
            }
        }
        assertEquals(List.of(tickets.get(2), tickets.get(1), tickets.get(0)), subjects, "newest first");
    }

    private static JsonPath page(String tenant, String subscription, String cursor) {
        var request = given().header("Authorization", TestTokens.bearer(tenant, "admin")).queryParam("limit", 2);
        if (cursor != null) {
            request = request.queryParam("cursor", cursor);
        }
        return request.get("/api/v1/webhook-subscriptions/" + subscription + "/deliveries").then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> receiverBodies(String url, List<String> eventIds) {
        return eventIds.stream().map(id -> receiver.received(url).stream().filter(r -> id.equals(r.eventId()))
                .findFirst().orElseThrow().bodyText()).toList();
    }

    private static void sql(String statement, String eventId) {
        QuarkusTransaction.requiringNew().run(() -> em().createNativeQuery(statement)
                .setParameter(1, UUID.fromString(eventId)).executeUpdate());
    }

    private static long count(String query, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em().createNativeQuery(query)
                .setParameter(1, UUID.fromString(eventId)).getSingleResult()).longValue());
    }

    private static EntityManager em() {
        return CDI.current().select(EntityManager.class).get();
    }
}
