package dev.opsdesk.routing.api;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input answers a 4xx problem and stores nothing; never a 500. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoutingApiBadInputTest {

    @Test
    void malformedJsonWrongTypesAndUnknownEnumValuesAre400() {
        RoutingApi api = RoutingApi.tenant("bad", "default");
        api.agent("ann", "default", Map.of("*", 2));
        String url = RoutingApi.BASE + "/agents/ann/availability";
        api.supervisor().body("{\"presence\":").put(url).then().statusCode(400).body("type", endsWith("/malformed-json"));
        api.supervisor().body("{\"presence\":\"SLEEPING\"}").put(url).then().statusCode(400)
                .contentType("application/problem+json");
        api.supervisor().body("{\"presence\":1}").put(url).then().statusCode(400);
        api.supervisor().body("{}").put(url).then().statusCode(400).body("type", endsWith("/validation-failed"));
        api.supervisor().body("{\"capacity\":{\"CHAT\":\"3\"}}").put(RoutingApi.BASE + "/agents/ann/capacity")
                .then().statusCode(400);
        api.supervisor().get(RoutingApi.BASE + "/agents/ann").then().body("presence", equalTo("OFFLINE"));
    }

    @Test
    void inconsistentDefinitionsNameTheirFields() {
        RoutingApi api = RoutingApi.tenant("bad", "default");
        api.supervisor().body(Map.of("name", "x", "priority", 1, "when", Map.of(),
                        "assignTo", List.of(Map.of("role", "nobody"), Map.of("group", "default", "agent", "ann"))))
                .put(RoutingApi.BASE + "/rules/x").then().statusCode(400)
                .body("errors.field", hasItem("body.assignTo[0].role"))
                .body("errors.field", hasItem("body.assignTo[1]"));
        api.supervisor().body(Map.of("name", "p", "targets", Map.of("FIRST_REPLY", Map.of("target", "soon",
                        "businessHours", true)), "escalation", "NONE"))
                .put(RoutingApi.BASE + "/sla-policies/p").then().statusCode(400)
                .body("errors.field", hasItem("body.targets.FIRST_REPLY.target"))
                .body("errors.field", hasItem("body.calendar"));
        api.supervisor().body(Map.of("zone", "Mars/Olympus", "hours", Map.of("MONDAY", List.of("17:00-09:00"))))
                .put(RoutingApi.BASE + "/calendars/c").then().statusCode(400);
        api.supervisor().body(Map.of("startsAt", "2026-01-02T00:00:00Z", "endsAt", "2026-01-01T00:00:00Z"))
                .post(RoutingApi.BASE + "/agents/nobody/absences").then().statusCode(404);
        api.supervisor().get(RoutingApi.BASE + "/rules/x").then().statusCode(404);
    }

    @Test
    void unknownTemplatesAndSecondSetUpsAreRefused() {
        RoutingApi api = RoutingApi.tenant("bad", "default");
        api.as("root", "admin").body(Map.of("template", "festival")).post(RoutingApi.BASE + "/setup")
                .then().statusCode(409).body("type", endsWith("/conflict"));
        RoutingApi fresh = RoutingApi.unset("bad");
        fresh.as("root", "admin").body(Map.of("template", "nope")).post(RoutingApi.BASE + "/setup")
                .then().statusCode(400).body("errors[0].field", equalTo("template"));
        fresh.as("root", "admin").body(Map.of("template", "festival")).post(RoutingApi.BASE + "/setup")
                .then().statusCode(201).body("template", equalTo("festival"));
    }

    @Test
    void theOpenApiDocumentDescribesTheRoutingApi() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/routing/tickets/{ticketId}/decision'.get.summary",
                        equalTo("Explain routing's latest decision about a ticket (rule, fallbacks tried and why, strategy)"));
    }
}
