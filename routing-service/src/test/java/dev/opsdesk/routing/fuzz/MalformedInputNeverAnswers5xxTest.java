package dev.opsdesk.routing.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.RoleMatrix;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.testing.fuzz.FuzzReport;
import dev.opsdesk.testing.fuzz.ServiceFuzz;
import dev.opsdesk.testing.fuzz.WriteWatch;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 7 (docs/fuzz/README.md): malformed JSON bodies for every POST/PUT of the routing
 * API, valid values taken from the tenant's own set-up, never answer 5xx and a refused one writes
 * nothing. The tenant's rate limit is lifted in %test.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MalformedInputNeverAnswers5xxTest {

    static final String TENANT = "fuzz-routing";
    private static final String BASE = "/api/v1/routing";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void malformedBodiesAndParametersAnswer4xxAndRefusedOnesWriteNothing() {
        as("admin").body(Map.of("template", "crazysales")).post(BASE + "/setup").then().statusCode(201);
        as("supervisor").body(Map.of("name", "Fuzz Agent", "groups", List.of(), "skills", List.of(),
                "capacity", Map.of("*", 2), "timeZone", "UTC")).put(BASE + "/agents/fuzz-agent").then().statusCode(200);
        String group = firstId(BASE + "/groups");
        String rule = firstId(BASE + "/rules");
        String role = firstId(BASE + "/roles");
        String policy = firstId(BASE + "/sla-policies");
        String calendar = firstId(BASE + "/calendars");
        Map<String, String> values = Map.of("agentId", "fuzz-agent", "groupId", group, "ruleId", rule, "roleId", role,
                "policyId", policy, "calendarId", calendar);
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        ServiceFuzz fuzz = new ServiceFuzz("routing-service", base, openApi, RoleMatrix.load("/role-matrix.csv"), TENANT)
                .paths(template -> fill(template, values))
                .example("POST /api/v1/routing/setup", "{\"template\":\"crazysales\"}")
                .current("PUT /api/v1/routing/settings", get(BASE + "/settings").path("settings"))
                .current("PUT /api/v1/routing/agents/{agentId}", get(BASE + "/agents/fuzz-agent"))
                .example("PUT /api/v1/routing/agents/{agentId}/availability", "{\"presence\":\"ONLINE\"}")
                .example("PUT /api/v1/routing/agents/{agentId}/capacity", "{\"capacity\":{\"EMAIL\":3}}")
                .example("PUT /api/v1/routing/agents/{agentId}/shifts", "{\"timeZone\":\"UTC\",\"shifts\":"
                        + "[{\"day\":\"MONDAY\",\"starts\":\"09:00\",\"ends\":\"17:00\"}]}")
                .example("POST /api/v1/routing/agents/{agentId}/absences",
                        "{\"startsAt\":\"2026-12-24T00:00:00Z\",\"endsAt\":\"2026-12-27T00:00:00Z\",\"reason\":\"holiday\"}")
                .current("PUT /api/v1/routing/rules/{ruleId}", get(BASE + "/rules/" + rule))
                .current("PUT /api/v1/routing/groups/{groupId}", get(BASE + "/groups").path(0))
                .current("PUT /api/v1/routing/roles/{roleId}", get(BASE + "/roles").path(0))
                .current("PUT /api/v1/routing/sla-policies/{policyId}", get(BASE + "/sla-policies/" + policy))
                .current("PUT /api/v1/routing/calendars/{calendarId}", get(BASE + "/calendars").path(0))
                .example("POST /api/v1/routing/queues/{groupId}/accept", "{\"ticketIds\":[\"" + UUID.randomUUID() + "\"]}")
                .example("POST /api/v1/routing/tickets/{ticketId}/delegate", "{\"agentId\":\"fuzz-agent\"}")
                .example("POST /api/v1/routing/alerts/{alertId}/acknowledge", "{\"note\":\"seen\"}")
                .queries(operation -> !operation.query().isEmpty())
                .queryValues(Map.of("limit", "20"));
        FuzzReport report;
        try (WriteWatch watch = WriteWatch.forTenants(TENANT)) {
            report = fuzz.watch(watch).run(1_000);
        }
        ServiceFuzz.assertNoFailures(report);
        assertEquals(0, report.fiveHundreds());
    }

    private static String fill(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(TENANT, role)).contentType("application/json");
    }

    /** What the tenant has at {@code path}; an empty object when it has nothing there. */
    private static JsonNode get(String path) {
        var response = as("supervisor").get(path).then().extract();
        try {
            return JSON.readTree(response.statusCode() == 200 ? response.asString() : "{}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstId(String path) {
        JsonNode list = get(path);
        JsonNode first = list.isArray() ? list.path(0) : list.path("items").path(0);
        return first.path("id").asText("none");
    }
}
