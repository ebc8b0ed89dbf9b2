package dev.opsdesk.routing.security;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Mass assignment: a request body is read strictly, so a field the request does not define — the
 * tenant, an agent's presence or open tickets, a policy's version — is refused with 400
 * {@code unknown-field} naming it, and nothing is stored. The id in the path wins over one in the body.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ServerOwnedFieldsCannotBeSetTest {

    static final String B = RoutingApi.BASE;

    @Test
    void serverOwnedFieldsInABodyAreRefusedAndNothingIsStored() {
        RoutingApi api = RoutingApi.tenant("massassign", "default");
        RoutingApi other = RoutingApi.tenant("massassign", "default");
        Map<String, Object> agent = Map.of("name", "Ann", "groups", List.of("default"), "capacity", Map.of("*", 2),
                "tenantId", other.id());
        refused(api.supervisor().body(agent).put(B + "/agents/ann"), "tenantId");
        api.supervisor().get(B + "/agents/ann").then().statusCode(404);
        other.supervisor().get(B + "/agents/ann").then().statusCode(404);

        refused(api.supervisor().body(Map.of("name", "Bob", "presence", "ONLINE")).put(B + "/agents/bob"), "presence");
        refused(api.supervisor().body(Map.of("name", "Bob", "openTickets", 0)).put(B + "/agents/bob"), "openTickets");
        api.agent("ann", "default", Map.of("*", 2));
        refused(api.supervisor().body(Map.of("presence", "ONLINE", "presenceChangedAt", "2020-01-01T00:00:00Z"))
                .put(B + "/agents/ann/availability"), "presenceChangedAt");
        refused(api.supervisor().body(Map.of("startsAt", "2030-01-01T00:00:00Z", "endsAt", "2030-01-02T00:00:00Z",
                "agentId", "bob")).post(B + "/agents/ann/absences"), "agentId");
        api.supervisor().get(B + "/agents/ann").then().body("presence", equalTo("OFFLINE"))
                .body("absences.size()", equalTo(0));

        Map<String, Object> policy = new HashMap<>(Map.of("name", "p", "targets",
                Map.of("RESOLUTION", Map.of("target", "P1D", "businessHours", false)), "escalation", "NONE"));
        policy.put("version", 7);
        refused(api.supervisor().body(policy).put(B + "/sla-policies/p"), "version");
        api.supervisor().get(B + "/sla-policies/p").then().statusCode(404);

        Map<String, Object> settings = api.supervisor().get(B + "/settings").then().statusCode(200)
                .extract().jsonPath().getMap("settings");
        Map<String, Object> withTenant = new HashMap<>(settings);
        withTenant.put("tenantId", other.id());
        refused(api.supervisor().body(withTenant).put(B + "/settings"), "tenantId");
        refused(api.as("admin-1", "admin").body(Map.of("template", "zalora", "tenantId", other.id()))
                .post(B + "/setup"), "tenantId");
    }

    @Test
    void theIdInThePathWinsOverOneInTheBody() {
        RoutingApi api = RoutingApi.tenant("massassign", "default");
        api.supervisor().body(Map.of("id", "other-rule", "name", "r", "priority", 1, "when", Map.of(),
                "assignTo", List.of(Map.of("group", "default")))).put(B + "/rules/my-rule")
                .then().statusCode(200).body("id", equalTo("my-rule"));
        api.supervisor().get(B + "/rules/other-rule").then().statusCode(404);
    }

    private static void refused(io.restassured.response.Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/unknown-field"))
                .body("errors[0].field", equalTo(field));
    }
}
