package dev.opsdesk.ticket.security;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.addNote;
import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit log of ticket-service: tenant creation, intake settings changes (secrets masked, never
 * shown), ticket merges and unmerges (linking each ticket's own R134 trail) and customer merges each
 * leave an entry with who, what, when, before and after; admins and directors read it newest first
 * with filters and a cursor, only for their tenant.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConfigurationChangesAreAuditedTest {

    @Test
    void tenantCreationAndIntakeSettingsChangesAreRecordedWithTheirSecretsMasked() {
        String tenant = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        as("platform", "admin").body(Map.of("id", tenant, "name", "Audited", "template", "zalora"))
                .post("/api/v1/tenants").then().statusCode(201);
        Map<String, Object> settings = new HashMap<>(Map.of(
                "mailboxes", List.of(Map.of("name", "support", "host", "imap.example.com", "port", 993, "ssl", true,
                        "username", "support@example.com", "password", "pw-1-very-secret", "folder", "INBOX")),
                "messenger", Map.of("verifyToken", "vt-very-secret", "appSecret", "app-very-secret",
                        "chatTranscriptSecret", "chat-very-secret"),
                "floodLimit", Map.of("maxMessages", 20, "windowMinutes", 60)));
        as(tenant, "admin").body(settings).put("/api/v1/intake/settings").then().statusCode(200);
        settings.put("floodLimit", Map.of("maxMessages", 5, "windowMinutes", 10));
        settings.put("mailboxes", List.of(Map.of("name", "support", "host", "imap.example.com", "port", 993,
                "ssl", true, "username", "support@example.com", "password", "********", "folder", "INBOX")));
        as(tenant, "admin").body(settings).put("/api/v1/intake/settings").then().statusCode(200);

        String raw = as(tenant, "admin").get("/api/v1/audit").then().statusCode(200).extract().asString();
        for (String secret : List.of("pw-1-very-secret", "vt-very-secret", "app-very-secret", "chat-very-secret")) {
            assertFalse(raw.contains(secret), "the audit log shows a secret: " + secret);
        }
        JsonPath log = JsonPath.from(raw);
        assertEquals(List.of("intake-settings.updated", "intake-settings.updated", "tenant.created"),
                log.getList("items.action"));
        assertEquals("test-admin@platform", log.getString("items[2].actor"));
        assertEquals("zalora", log.getString("items[2].after.template"));
        assertEquals(20, log.getInt("items[0].before.floodLimit.maxMessages"));
        assertEquals(5, log.getInt("items[0].after.floodLimit.maxMessages"));
        assertEquals("********", log.getString("items[0].after.mailboxes[0].password"));
        assertEquals("********", log.getString("items[1].after.messenger.appSecret"));
        assertNull(log.get("items[1].before.mailboxes[0]"));
        assertEquals("test-admin@" + tenant, log.getString("items[0].actor"));

        JsonPath first = audit(tenant, "admin", "?limit=1");
        JsonPath second = audit(tenant, "director", "?limit=1&cursor=" + first.getString("nextCursor"));
        assertEquals(log.getString("items[1].id"), second.getString("items[0].id"));
        assertEquals(1, audit(tenant, "admin", "?entityType=tenant").getList("items").size());
        as(tenant, "supervisor").get("/api/v1/audit").then().statusCode(403);
        as(tenant, "admin").get("/api/v1/audit?cursor=x").then().statusCode(422).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void mergesUnmergesAndCustomerMergesAreRecordedAndLinkTheTicketsOwnTrail() {
        String order = "AUL" + UUID.randomUUID().toString().substring(0, 6);
        String email = "audit-log-" + order + "@example.com";
        String target = ticket(email, order, "Where is it?");
        String source = ticket(email, order, "Any news?");
        as("crazysales", "agent").body(Map.of("sources", List.of(source))).post("/api/v1/tickets/" + target + "/merge")
                .then().statusCode(200);
        as("crazysales", "agent").post("/api/v1/tickets/" + target + "/unmerge").then().statusCode(200);

        JsonPath log = audit("crazysales", "admin", "?entityType=ticket&entityId=" + target);
        assertEquals(List.of("ticket.unmerged", "ticket.merged"), log.getList("items.action"));
        assertEquals("test-agent@crazysales", log.getString("items[1].actor"));
        assertEquals(source, log.getString("items[1].before.tickets[1].id"));
        assertNull(log.get("items[1].before.tickets[1].mergedInto"));
        assertEquals(target, log.getString("items[1].after.tickets[1].mergedInto"));
        assertEquals(target, log.getString("items[0].before.tickets[1].mergedInto"));
        assertNull(log.get("items[0].after.tickets[1].mergedInto"));
        String trail = log.getString("items[1].after.ticketAudit");
        assertEquals("/api/v1/tickets/" + target + "/audit", trail);
        as("crazysales", "agent").get(trail).then().statusCode(200).body("action", hasItem("merge"));

        String into = customer("into-" + email);
        String from = customer("from-" + email);
        as("crazysales", "supervisor").body(Map.of("from", from)).post("/api/v1/customers/" + into + "/merge")
                .then().statusCode(200);
        JsonPath merged = audit("crazysales", "director", "?action=customer.merged&entityId=" + into);
        assertEquals(into, merged.getString("items[0].before.into.customer.id"));
        assertEquals(from, merged.getString("items[0].before.from.customer.id"));
        assertEquals(from, merged.getString("items[0].after.from"));
        as("zalora", "admin").get("/api/v1/audit?entityId=" + target).then().statusCode(200).body("items", hasSize(0));
    }

    private static String ticket(String email, String orderId, String text) {
        String id = createId("crazysales", "EMAIL", "Order " + orderId, email);
        classify("crazysales", id, Map.of("topics", List.of(), "orderId", orderId, "sku", "SKU-1")).statusCode(200);
        addNote("crazysales", id, "ticket-order-note", Map.of("Order ID", orderId, "SKU", "SKU-1")).statusCode(201);
        addMessage("crazysales", id, "CUSTOMER", "PUBLIC", text).statusCode(201);
        return id;
    }

    private static String customer(String email) {
        return as("crazysales", "agent").body(Map.of("displayName", "Audited", "emails", List.of(email)))
                .post("/api/v1/customers").then().statusCode(201).extract().path("id");
    }

    private static JsonPath audit(String tenant, String role, String query) {
        return as(tenant, role).get("/api/v1/audit" + query).then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification as(String tenant, String role) {
        return given().header("Authorization", TestTokens.bearer(tenant, role)).contentType("application/json");
    }
}
