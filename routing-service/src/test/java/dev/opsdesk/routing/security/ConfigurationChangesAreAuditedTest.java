package dev.opsdesk.routing.security;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.Sla;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The audit log: every kind of routing configuration change leaves one entry with who, what, when,
 * before and after; admins and directors page through it newest first with filters and a cursor;
 * it shows only the caller's tenant.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConfigurationChangesAreAuditedTest {

    static final String B = RoutingApi.BASE;

    @Test
    void everyKindOfChangeIsRecordedWithItsBeforeAndAfter() {
        RoutingApi api = RoutingApi.tenant("audit", "default");
        Map<String, Object> rule = new HashMap<>(Map.of("name", "first", "priority", 1, "when", Map.of(),
                "assignTo", List.of(Map.of("group", "default"))));
        as(api).body(rule).put(B + "/rules/r1").then().statusCode(200);
        rule.put("name", "second");
        as(api).body(rule).put(B + "/rules/r1").then().statusCode(200);
        as(api).delete(B + "/rules/r1").then().statusCode(204);
        as(api).body(Map.of("name", "Queue", "strategy", "ROUND_ROBIN")).put(B + "/groups/g1").then().statusCode(200);
        as(api).body(Map.of("name", "Ann", "groups", List.of("g1"), "capacity", Map.of("*", 2)))
                .put(B + "/agents/ann").then().statusCode(200);
        as(api).body(Map.of("capacity", Map.of("*", 5))).put(B + "/agents/ann/capacity").then().statusCode(200);
        as(api).body(Map.of("timeZone", "Europe/Berlin", "shifts",
                List.of(Map.of("day", "MONDAY", "starts", "09:00", "ends", "17:00"))))
                .put(B + "/agents/ann/shifts").then().statusCode(200);
        String absence = as(api).body(Map.of("startsAt", "2030-01-01T00:00:00Z", "endsAt", "2030-01-02T00:00:00Z"))
                .post(B + "/agents/ann/absences").then().statusCode(201).extract().path("id");
        as(api).delete(B + "/agents/ann/absences/" + absence).then().statusCode(204);
        as(api).body(Map.of("name", "Finance", "holders", List.of(Map.of("agent", "ann", "from", "2026-01-01T00:00:00Z"))))
                .put(B + "/roles/finance").then().statusCode(200);
        Sla.officeHours(api);
        Map<String, Object> policy = Map.of("name", "p", "targets",
                Map.of("RESOLUTION", Map.of("target", "P1D", "businessHours", false)), "escalation", "NONE");
        as(api).body(policy).put(B + "/sla-policies/p").then().statusCode(200);
        as(api).delete(B + "/sla-policies/p").then().statusCode(204);
        Map<String, Object> settings = as(api).get(B + "/settings").then().extract().jsonPath().getMap("settings");
        settings.put("defaultGroup", "g1");
        as(api).body(settings).put(B + "/settings").then().statusCode(200);

        List<Map<String, Object>> entries = all(api, "");
        assertEquals(List.of("settings.updated", "sla-policy.deleted", "sla-policy.created", "calendar.created",
                        "role.created", "agent.absence-removed", "agent.absence-added", "agent.shifts-changed",
                        "agent.capacity-changed", "agent.created", "group.created", "rule.deleted", "rule.updated",
                        "rule.created", "tenant.set-up"),
                entries.stream().map(e -> e.get("action")).toList());
        assertTrue(entries.stream().allMatch(e -> e.get("occurredAt") != null && e.get("actor") != null));
        assertEquals("boss@" + api.id(), entries.get(0).get("actor"));
        assertEquals("admin-1@" + api.id(), entries.get(entries.size() - 1).get("actor"));

        JsonPath updated = audit(api, "?entityType=rule&entityId=r1&action=rule.updated");
        assertEquals("first", updated.getString("items[0].before.name"));
        assertEquals("second", updated.getString("items[0].after.name"));
        JsonPath deleted = audit(api, "?action=rule.deleted");
        assertEquals("second", deleted.getString("items[0].before.name"));
        assertNull(deleted.get("items[0].after"));
        JsonPath capacity = audit(api, "?action=agent.capacity-changed");
        assertEquals(2, capacity.getInt("items[0].before.'*'"));
        assertEquals(5, capacity.getInt("items[0].after.'*'"));
        JsonPath role = audit(api, "?entityType=role&entityId=finance");
        assertEquals("ann", role.getString("items[0].after.holders[0].agentId"));
        JsonPath changedSettings = audit(api, "?entityType=settings");
        assertEquals("default", changedSettings.getString("items[0].before.defaultGroup"));
        assertEquals("g1", changedSettings.getString("items[0].after.defaultGroup"));
        assertEquals(3, all(api, "&entityType=rule").size());
    }

    @Test
    void pagesFollowTheCursorWithoutGapsOrRepeatsAndShowOnlyTheCallersTenant() {
        RoutingApi api = RoutingApi.tenant("audit", "default");
        RoutingApi other = RoutingApi.tenant("audit", "default");
        for (int i = 0; i < 5; i++) {
            as(api).body(Map.of("name", "Queue " + i, "strategy", "LEAST_LOADED")).put(B + "/groups/g" + i)
                    .then().statusCode(200);
        }
        List<Map<String, Object>> all = all(api, "");
        List<Object> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = audit(api, "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            assertTrue(page.getList("items").size() <= 2);
            paged.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(all.stream().map(e -> e.get("id")).toList(), paged);
        assertEquals(6, paged.size());

        other.as("dir", "director").get(B + "/audit").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].action", org.hamcrest.Matchers.equalTo("tenant.set-up"));
        api.supervisor().get(B + "/audit").then().statusCode(403);
        as(api).get(B + "/audit?cursor=abc").then().statusCode(400).body("type", endsWith("/validation-failed"))
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("cursor"));
        as(api).get(B + "/audit?since=yesterday").then().statusCode(400);
        assertNotNull(audit(api, "?since=2000-01-01T00:00:00Z&until=2100-01-01T00:00:00Z").get("items[5]"));
    }

    private static RequestSpecification as(RoutingApi api) {
        return api.as("boss", "admin");
    }

    private static JsonPath audit(RoutingApi api, String query) {
        return api.as("boss", "admin").get(B + "/audit" + query).then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> all(RoutingApi api, String filter) {
        return audit(api, "?limit=200" + filter).getList("items");
    }
}
