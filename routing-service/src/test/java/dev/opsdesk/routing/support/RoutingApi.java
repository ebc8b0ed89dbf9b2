package dev.opsdesk.routing.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/** The routing API as tests use it: a tenant of their own, its agents, and waiting for decisions. */
public final class RoutingApi {

    public static final String BASE = "/api/v1/routing";

    private final String tenant;

    private RoutingApi(String tenant) {
        this.tenant = tenant;
    }

    /** A fresh tenant id (unique per test), set up from {@code template}. */
    public static RoutingApi tenant(String prefix, String template) {
        RoutingApi api = unset(prefix);
        api.as("admin-1", "admin").body(Map.of("template", template)).post(BASE + "/setup").then().statusCode(201);
        return api;
    }

    /** A fresh tenant id nobody has set up yet. */
    public static RoutingApi unset(String prefix) {
        return new RoutingApi(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A tenant with a fixed id (e.g. one application.properties configures). */
    public static RoutingApi named(String tenantId) {
        return new RoutingApi(tenantId);
    }

    public String id() {
        return tenant;
    }

    public io.restassured.specification.RequestSpecification as(String user, String... roles) {
        return given().header("Authorization", Tokens.bearer(tenant, user, roles)).contentType(ContentType.JSON);
    }

    public io.restassured.specification.RequestSpecification supervisor() {
        return as("super-1", "supervisor");
    }

    public void agent(String agentId, Map<String, Object> definition) {
        supervisor().body(definition).put(BASE + "/agents/" + agentId).then().statusCode(200);
    }

    /** An agent in group {@code group} (null: none) with capacity per channel. */
    public void agent(String agentId, String group, Map<String, Integer> capacity) {
        agent(agentId, Map.of("name", agentId, "groups", group == null ? java.util.List.of() : java.util.List.of(group),
                "skills", java.util.List.of(), "capacity", capacity, "timeZone", "UTC"));
    }

    public ValidatableResponse presence(String agentId, String presence) {
        return supervisor().body(Map.of("presence", presence)).put(BASE + "/agents/" + agentId + "/availability")
                .then().statusCode(200);
    }

    public void online(String... agentIds) {
        for (String agentId : agentIds) {
            presence(agentId, "ONLINE");
        }
    }

    public String absent(String agentId, Instant from, Instant until) {
        return supervisor().body(Map.of("startsAt", from.toString(), "endsAt", until.toString(), "reason", "holiday"))
                .post(BASE + "/agents/" + agentId + "/absences").then().statusCode(201).extract().path("id");
    }

    public JsonPath decision(UUID ticket) {
        return supervisor().get(BASE + "/tickets/" + ticket + "/decision").then().statusCode(200).extract().jsonPath();
    }

    /** Waits until the ticket's latest decision satisfies {@code done}, and returns it. */
    public JsonPath awaitDecision(UUID ticket, Predicate<JsonPath> done) {
        JsonPath[] last = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            var response = supervisor().get(BASE + "/tickets/" + ticket + "/decision");
            if (response.statusCode() != 200) {
                return false;
            }
            last[0] = response.jsonPath();
            return done.test(last[0]);
        });
        return last[0];
    }

    public JsonPath awaitAssignedTo(UUID ticket, String agentId) {
        return awaitDecision(ticket, d -> agentId.equals(d.getString("ownerId"))
                && "ASSIGNED".equals(d.getString("state")));
    }

    public JsonPath awaitQueued(UUID ticket) {
        return awaitDecision(ticket, d -> "QUEUED".equals(d.getString("state")));
    }

    /** Waits until routing knows the ticket in {@code state} and its decision count reached {@code decisions}. */
    public JsonPath awaitDecisions(UUID ticket, int decisions) {
        return awaitDecision(ticket, d -> d.getList("history").size() >= decisions);
    }
}
