package dev.opsdesk.routing.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.routing.support.Kafka;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.routing.support.TicketEvents;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Roles: directors read and acknowledge alerts, supervisors and admins manage, agents set their own availability. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoutingApiAuthorizationTest {

    @Test
    void withoutATokenEveryEndpointAnswers401() {
        for (String path : List.of("/agents", "/rules", "/alerts", "/sla-policies", "/settings", "/queue")) {
            given().get(RoutingApi.BASE + path).then().statusCode(401).body("type", endsWith("/unauthenticated"));
        }
    }

    @Test
    void agentsSetTheirOwnAvailabilityOnly() {
        RoutingApi api = RoutingApi.tenant("auth", "default");
        api.agent("ann", "default", Map.of("*", 2));
        api.agent("bob", "default", Map.of("*", 2));

        api.as("ann", "agent").body(Map.of("presence", "ONLINE")).put(RoutingApi.BASE + "/agents/ann/availability")
                .then().statusCode(200).body("presence", equalTo("ONLINE"));
        api.as("ann", "agent").body(Map.of("presence", "OFFLINE")).put(RoutingApi.BASE + "/agents/bob/availability")
                .then().statusCode(403).body("type", endsWith("/forbidden"));
        api.supervisor().get(RoutingApi.BASE + "/agents/bob").then().body("presence", equalTo("OFFLINE"));
    }

    @Test
    void onlySupervisorsAndAdminsManageRulesAgentsAndPolicies() {
        RoutingApi api = RoutingApi.tenant("auth", "default");
        Map<String, Object> rule = Map.of("name", "r", "priority", 1, "when", Map.of(),
                "assignTo", List.of(Map.of("group", "default")));
        api.as("ann", "agent").body(rule).put(RoutingApi.BASE + "/rules/r").then().statusCode(403);
        api.as("dir", "director").body(rule).put(RoutingApi.BASE + "/rules/r").then().statusCode(403);
        api.as("ann", "agent").body(Map.of("name", "x")).put(RoutingApi.BASE + "/agents/x").then().statusCode(403);
        api.as("boss", "admin").body(rule).put(RoutingApi.BASE + "/rules/r").then().statusCode(200);
        api.as("ann", "agent").get(RoutingApi.BASE + "/rules/r").then().statusCode(200);
        api.as("ann", "agent").post(RoutingApi.BASE + "/setup").then().statusCode(403);
    }

    @Test
    void directorsReceiveAlertsAgentsCannotChangeSettings() {
        RoutingApi api = RoutingApi.tenant("auth", "default");
        api.as("dir", "director").get(RoutingApi.BASE + "/alerts").then().statusCode(200);
        api.as("ann", "agent").get(RoutingApi.BASE + "/settings").then().statusCode(403);
        api.as("dir", "director").get(RoutingApi.BASE + "/settings").then().statusCode(200);
    }

    @Test
    void anotherTenantsTicketIsNotFound() {
        RoutingApi mine = RoutingApi.tenant("auth", "default");
        RoutingApi theirs = RoutingApi.tenant("auth", "default");
        UUID ticket = UUID.randomUUID();
        Kafka.send(TicketEvents.created(theirs.id(), ticket, "EMAIL", "Hi", "c@example.org", Instant.now()));
        theirs.awaitDecisions(ticket, 1);

        mine.supervisor().get(RoutingApi.BASE + "/tickets/" + ticket + "/decision").then().statusCode(404)
                .body("type", endsWith("/not-found"));
        mine.supervisor().get(RoutingApi.BASE + "/tickets/" + ticket + "/sla").then().statusCode(404);
        mine.supervisor().get(RoutingApi.BASE + "/tickets/not-a-uuid/decision").then().statusCode(404);
    }
}
