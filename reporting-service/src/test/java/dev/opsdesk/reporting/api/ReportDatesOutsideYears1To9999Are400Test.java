package dev.opsdesk.reporting.api;

import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Found by the fuzz test (docs/fuzz/README.md): {@code asOf=-999999999-01-01T00:00:00Z} answered 500
 * (java.time overflowed in the pending-update arithmetic), and a window ending on +999999999-12-31
 * overflowed the same way (the known finding). They are 400 problems now.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ReportDatesOutsideYears1To9999Are400Test {

    private final String tenant = "dates-" + UUID.randomUUID().toString().substring(0, 8);

    private void problem(String path, String type) {
        Reports.as(tenant, "admin").when().get(path).then().statusCode(400)
                .contentType("application/problem+json").body("type", endsWith("/" + type));
    }

    @Test
    void reportWindowsAndInstantsBeyondTheCalendarAreValidationProblems() {
        problem("/api/v1/reports/sla?asOf=-999999999-01-01T00:00:00Z", "validation-failed");
        problem("/api/v1/reports/sla?asOf=%2B999999999-12-31T23:59:59Z", "validation-failed");
        problem("/api/v1/reports/volumes?to=%2B999999999-12-31", "validation-failed");
        problem("/api/v1/reports/volumes?to=-999999999-01-01", "validation-failed");
        problem("/api/v1/reports/aht?from=%2B10000-01-01&to=%2B10000-01-02", "validation-failed");
        Reports.as(tenant, "admin").when().get("/api/v1/reports/volumes?from=9999-12-30&to=9999-12-31").then().statusCode(200);
    }
}
