package dev.opsdesk.reporting.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.reporting.support.Db;
import dev.opsdesk.reporting.support.Events;
import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.reporting.support.WorkLogs;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReportRolesAndValidationTest {

    @Test
    void anAgentSeesOnlyTheirOwnProductivity() {
        String tenant = "ro-" + UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.parse("2026-11-23T10:00:00Z");
        // the test token's agent is its upn: test-agent@<tenant>
        String me = "test-agent@" + tenant;
        Events.sendAll(List.of(WorkLogs.logged(tenant, UUID.randomUUID(), me, at),
                WorkLogs.logged(tenant, UUID.randomUUID(), "someone-else", at)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.processedEvents(tenant) == 2);

        Reports.as(tenant, "agent").when().get("/api/v1/reports/productivity?from=2026-11-23&to=2026-11-23")
                .then().statusCode(200).body("agents.agentId", contains(me));
        Reports.as(tenant, "agent").when().get("/api/v1/reports/productivity?agentId=someone-else")
                .then().statusCode(403).body("type", equalTo("https://problems.opsdesk.dev/forbidden"));
        Reports.as(tenant, "supervisor").when().get("/api/v1/reports/productivity?from=2026-11-23&to=2026-11-23")
                .then().statusCode(200).body("agents.agentId", contains("someone-else", me));
    }

    @Test
    void eachReportAnswersOnlyItsRoles() {
        String tenant = "ro-" + UUID.randomUUID().toString().substring(0, 8);
        Reports.as(tenant, "agent").when().get("/api/v1/reports/aht").then().statusCode(403);
        Reports.as(tenant, "qa").when().get("/api/v1/reports/qa").then().statusCode(200);
        Reports.as(tenant, "qa").when().get("/api/v1/reports/sla").then().statusCode(403);
        Reports.as(tenant, "director").when().get("/api/v1/reports/volumes").then().statusCode(200);
        Reports.as(tenant, "integration").when().get("/api/v1/reports/fcr").then().statusCode(403);
        Reports.as(tenant, "agent").when().get("/api/v1/dashboard/snapshot").then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/api/v1/reports/aht").then().statusCode(401);
        io.restassured.RestAssured.given().when().get("/dashboard").then().statusCode(200)
                .contentType("text/html");
    }

    @Test
    void aBadWindowIsAValidationProblemNamingTheField() {
        String tenant = "ro-" + UUID.randomUUID().toString().substring(0, 8);
        Reports.as(tenant, "supervisor").when().get("/api/v1/reports/aht?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://problems.opsdesk.dev/validation-failed"))
                .body("errors[0].field", equalTo("from"));
        Reports.as(tenant, "supervisor").when().get("/api/v1/reports/aht?from=2026-11-24&to=2026-11-23").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        Reports.as(tenant, "supervisor").when().get("/api/v1/reports/aht?from=2020-01-01&to=2026-11-23").then()
                .statusCode(400);
        Reports.as(tenant, "supervisor").when().get("/api/v1/reports/sla?asOf=now").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
    }

    @Test
    void theTenantComesFromTheTokenOnly() {
        String tenant = "ro-" + UUID.randomUUID().toString().substring(0, 8);
        io.restassured.RestAssured.given().header("Authorization", TestTokens.bearer(tenant, "supervisor"))
                .when().get("/api/v1/reports/volumes?tenantId=crazysales").then().statusCode(200)
                .body("created", equalTo(0));
    }
}
