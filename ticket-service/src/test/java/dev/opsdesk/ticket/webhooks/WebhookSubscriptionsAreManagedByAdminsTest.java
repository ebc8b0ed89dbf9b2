package dev.opsdesk.ticket.webhooks;

import static dev.opsdesk.ticket.webhooks.WebhookFixtures.subscribe;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.intake.IntakeFixtures;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The subscription API: the secret shown once (create, rotate), every change audited without it,
 * PATCH and PUT, 422 naming the field, another tenant's id is 404, only admins change and directors read.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class WebhookSubscriptionsAreManagedByAdminsTest {

    private static final String BASE = "/api/v1/webhook-subscriptions";
    private static final String URL = "https://hooks.example.com/opsdesk";

    @Test
    void theSecretIsShownOnCreateAndRotateOnly() {
        String tenant = IntakeFixtures.newTenant("ozon");
        ValidatableResponse created = create(tenant).statusCode(201)
                .header("Location", matchesPattern(".*" + BASE + "/[0-9a-f-]{36}"))
                .body("secret", matchesPattern("[A-Za-z0-9_-]{43}")).body("enabled", equalTo(true))
                .body("eventTypes", equalTo(List.of("ticket.created", "ticket.assigned")));
        String id = created.extract().path("id");
        String secret = created.extract().path("secret");

        as(tenant, "admin").get(BASE + "/" + id).then().statusCode(200).body("$", not(hasKey("secret")));
        as(tenant, "admin").get(BASE).then().statusCode(200).body("items", hasSize(1))
                .body("items[0]", not(hasKey("secret")));
        String rotated = as(tenant, "admin").post(BASE + "/" + id + "/rotate-secret").then().statusCode(200)
                .body("secret", matchesPattern("[A-Za-z0-9_-]{43}")).extract().path("secret");
        assertNotEquals(secret, rotated);
    }

    @Test
    void patchChangesTheGivenFieldsAndPutReplacesThemAll() {
        String tenant = IntakeFixtures.newTenant("ozon");
        String id = create(tenant).statusCode(201).extract().path("id");
        as(tenant, "admin").contentType("application/json").body(Map.of("enabled", false))
                .patch(BASE + "/" + id).then().statusCode(200).body("enabled", equalTo(false))
                .body("url", equalTo(URL)).body("description", equalTo("CRM sync"));
        as(tenant, "admin").contentType("application/json")
                .body(Map.of("url", "https://hooks.example.com/v2", "eventTypes", List.of("*")))
                .put(BASE + "/" + id).then().statusCode(200).body("enabled", equalTo(true))
                .body("url", equalTo("https://hooks.example.com/v2")).body("eventTypes", equalTo(List.of("*")))
                .body("$", not(hasKey("description")));
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfterButNeverTheSecret() {
        String tenant = IntakeFixtures.newTenant("ozon");
        ValidatableResponse created = create(tenant).statusCode(201);
        String id = created.extract().path("id");
        String secret = created.extract().path("secret");
        as(tenant, "admin").contentType("application/json").body(Map.of("description", "CRM sync v2"))
                .patch(BASE + "/" + id).then().statusCode(200);
        String rotated = as(tenant, "admin").post(BASE + "/" + id + "/rotate-secret").then().statusCode(200)
                .extract().path("secret");
        as(tenant, "admin").delete(BASE + "/" + id).then().statusCode(204);
        as(tenant, "admin").get(BASE + "/" + id).then().statusCode(404);

        ValidatableResponse audit = as(tenant, "admin").queryParam("entityType", "webhook-subscription")
                .queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200)
                .body("items.action", equalTo(List.of("webhook-subscription.deleted",
                        "webhook-subscription.secret-rotated", "webhook-subscription.updated",
                        "webhook-subscription.created")))
                .body("items[2].before.description", equalTo("CRM sync"))
                .body("items[2].after.description", equalTo("CRM sync v2"))
                .body("items[0].before.url", equalTo(URL));
        String text = audit.extract().asString();
        assertFalse(text.contains(secret) || text.contains(rotated), "no secret in the audit log");
    }

    @Test
    void anotherTenantsSubscriptionIsNotFound() {
        String owner = IntakeFixtures.newTenant("ozon");
        String other = IntakeFixtures.newTenant("ozon");
        String id = create(owner).statusCode(201).extract().path("id");
        String path = BASE + "/" + id;
        as(other, "admin").get(path).then().statusCode(404);
        as(other, "admin").contentType("application/json").body(Map.of("enabled", false)).patch(path)
                .then().statusCode(404);
        as(other, "admin").contentType("application/json").body(Map.of("url", URL, "eventTypes", List.of("*")))
                .put(path).then().statusCode(404);
        as(other, "admin").post(path + "/rotate-secret").then().statusCode(404);
        as(other, "admin").get(path + "/deliveries").then().statusCode(404);
        as(other, "admin").post(path + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(404);
        as(other, "admin").delete(path).then().statusCode(404);
        as(other, "admin").get(BASE).then().statusCode(200).body("items", hasSize(0));
        as(owner, "admin").get(path).then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void onlyAdminsChangeSubscriptionsAndDirectorsReadThem() {
        String tenant = IntakeFixtures.newTenant("ozon");
        String id = create(tenant).statusCode(201).extract().path("id");
        for (String role : List.of("agent", "supervisor", "qa", "integration")) {
            as(tenant, role).get(BASE).then().statusCode(403);
            as(tenant, role).get(BASE + "/" + id + "/deliveries").then().statusCode(403);
            as(tenant, role).contentType("application/json").body(body()).post(BASE).then().statusCode(403);
        }
        as(tenant, "director").get(BASE + "/" + id).then().statusCode(200);
        as(tenant, "director").get(BASE + "/" + id + "/deliveries").then().statusCode(200);
        as(tenant, "director").contentType("application/json").body(body()).post(BASE).then().statusCode(403);
        as(tenant, "director").delete(BASE + "/" + id).then().statusCode(403);
    }

    @Test
    void aBadSubscriptionIsRefusedNamingTheField() {
        String tenant = IntakeFixtures.newTenant("ozon");
        subscribe(tenant, Map.of("url", "ftp://hooks.example.com/x", "eventTypes", List.of("*"))).statusCode(422)
                .body("type", equalTo("https://problems.opsdesk.dev/invalid-value")).body("errors[0].field", equalTo("url"));
        subscribe(tenant, Map.of("url", "https://user:pw@hooks.example.com/x", "eventTypes", List.of("*")))
                .statusCode(422).body("errors[0].field", equalTo("url"));
        subscribe(tenant, Map.of("url", URL, "eventTypes", List.of("ticket.exploded"))).statusCode(422)
                .body("errors[0].field", equalTo("eventTypes"));
        subscribe(tenant, Map.of("url", URL, "eventTypes", List.of("*"), "secret", "mine")).statusCode(400)
                .body("type", equalTo("https://problems.opsdesk.dev/unknown-field"));
        subscribe(tenant, Map.of("eventTypes", List.of("*"))).statusCode(400)
                .body("errors.field", hasItem("url"));
        as(tenant, "admin").get(BASE).then().statusCode(200).body("items", hasSize(0));
    }

    private static Map<String, Object> body() {
        return Map.of("url", URL, "eventTypes", List.of("ticket.created", "ticket.assigned"), "description", "CRM sync");
    }

    private static ValidatableResponse create(String tenant) {
        return subscribe(tenant, body());
    }

    private static RequestSpecification as(String tenant, String role) {
        return given().header("Authorization", TestTokens.bearer(tenant, role));
    }
}
