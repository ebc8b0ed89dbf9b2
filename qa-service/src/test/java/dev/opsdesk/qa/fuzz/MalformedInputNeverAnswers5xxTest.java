package dev.opsdesk.qa.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 7 (docs/fuzz/README.md): malformed JSON bodies for every POST/PUT of the QA API
 * (scorecard definitions from the tenant's installed template) and malformed query parameters of its
 * lists never answer 5xx, and a refused one writes nothing. The tenant's rate limit is lifted in %test.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MalformedInputNeverAnswers5xxTest {

    static final String TENANT = "fuzz-qa";
    private static final String SCORECARD = "zalora-qa-form";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    @Test
    void malformedBodiesAndParametersAnswer4xxAndRefusedOnesWriteNothing() {
        as("admin").post("/api/v1/scorecards/templates/zalora/install").then().statusCode(201);
        JsonNode definition = get("/api/v1/scorecards/" + SCORECARD).path("definition");
        ObjectNode newScorecard = definition.deepCopy();
        newScorecard.put("id", "fuzz-scorecard");
        String ticket = UUID.randomUUID().toString();
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        ServiceFuzz fuzz = new ServiceFuzz("qa-service", base, openApi, RoleMatrix.load("/role-matrix.csv"), TENANT)
                .paths(template -> template.replace("{id}", template.startsWith("/api/v1/scorecards") ? SCORECARD
                        : UUID.randomUUID().toString()).replace("{templateId}", "zalora"))
                .example("POST /api/v1/scorecards", newScorecard.toString())
                .example("PUT /api/v1/scorecards/{id}", definition.toString())
                .current("PUT /api/v1/scorecards/settings", get("/api/v1/scorecards/settings"))
                .example("POST /api/v1/evaluations", "{\"ticketId\":\"" + ticket + "\",\"items\":"
                        + "[{\"itemId\":\"2.2\",\"result\":\"N\",\"comment\":\"re-asked the order\"}]}")
                .example("POST /api/v1/evaluations/{id}/revisions", "{\"items\":[{\"itemId\":\"2.2\",\"result\":\"Y\","
                        + "\"reason\":\"checked again\"}]}")
                .example("POST /api/v1/calibrations", "{\"name\":\"Week 48\",\"ticketIds\":[\"" + ticket + "\",\""
                        + UUID.randomUUID() + "\"],\"reviewers\":[\"ana\",\"ben\"]}")
                .example("POST /api/v1/disputes", "{\"evaluationId\":\"" + UUID.randomUUID() + "\",\"items\":{\"5.2\":\"Y\"},"
                        + "\"comment\":\"I closed with Salam, the customer asked for it\"}")
                .example("POST /api/v1/disputes/{id}/decision", "{\"decision\":\"UPHELD\",\"comment\":\"ok\"}")
                .queries(operation -> !operation.query().isEmpty())
                .queryValues(Map.of("limit", "20"));
        FuzzReport report;
        try (WriteWatch watch = WriteWatch.forTenants(TENANT)) {
            report = fuzz.watch(watch).run(1_000);
        }
        ServiceFuzz.assertNoFailures(report);
        assertEquals(0, report.fiveHundreds());
    }

    private static RequestSpecification as(String role) {
        return given().header("Authorization", TestTokens.bearer(TENANT, role)).contentType("application/json");
    }

    private static JsonNode get(String path) {
        try {
            return JSON.readTree(as("admin").get(path).then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
