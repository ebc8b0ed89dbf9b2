package dev.opsdesk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import dev.opsdesk.testing.RealInfrastructure;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReportApiSecurityTest {

    @Test
    void theVolumeReportRequiresAToken() {
        given().when().get("/api/v1/reports/ticket-volume")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/unauthenticated"));
    }

    @Test
    void readinessIsUp() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
