package dev.opsdesk.reporting.fuzz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.RoleMatrix;
import dev.opsdesk.testing.fuzz.FuzzReport;
import dev.opsdesk.testing.fuzz.ServiceFuzz;
import dev.opsdesk.testing.fuzz.WriteWatch;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, item 7 (docs/fuzz/README.md): malformed query parameters of every report, export and
 * read endpoint (dates beyond any calendar such as year 999999999, swapped ranges, huge limits,
 * invalid UTF-8) and malformed bodies for its POST never answer 5xx, and a refused one writes
 * nothing. The dashboard's event stream is left out: it never ends. The rate limit is lifted in %test.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class MalformedInputNeverAnswers5xxTest {

    static final String TENANT = "fuzz-reporting";

    @TestHTTPResource("/")
    URI base;

    @Test
    void malformedParametersAndBodiesAnswer4xxAndRefusedOnesWriteNothing() {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        ServiceFuzz fuzz = new ServiceFuzz("reporting-service", base, openApi, RoleMatrix.load("/role-matrix.csv"), TENANT)
                .paths(template -> template.replace("{dataset}", "tickets"))
                .asynchronous("POST /api/v1/admin/read-models/rebuild")
                .queries(operation -> operation.path().startsWith("/api/v1/") && !operation.path().endsWith("/stream"))
                .queryValues(Map.of("from", "2026-11-01", "to", "2026-11-30", "asOf", "2026-11-30T00:00:00Z",
                        "agentId", "test-supervisor", "format", "csv", "limit", "100", "includeDefaults", "false",
                        "cursor", ""));
        FuzzReport report;
        // A rebuild (202) finishes in the background, writing its tenant row and its "finished" audit entry
        // whenever it is done, possibly during a later case: those two tables are left out of the watch
        // (the rebuild is the only request that writes them; every read-model table is still watched).
        try (WriteWatch watch = WriteWatch.forTenants(List.of(TENANT), Set.of("reporting_tenant", "audit_log"), Set.of())) {
            report = fuzz.watch(watch).run(1_000);
        }
        ServiceFuzz.assertNoFailures(report);
        assertEquals(0, report.fiveHundreds());
    }
}
