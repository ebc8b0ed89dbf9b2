package dev.opsdesk.reporting.security;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The audit log of reporting-service: a rebuild leaves who started it with the state before and
 * after, and its result; admins and directors read it newest first, only for their tenant.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ConfigurationChangesAreAuditedTest {

    @Test
    void aRebuildIsRecordedWithWhoStartedItAndItsResult() {
        String tenant = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        String other = "audit-" + UUID.randomUUID().toString().substring(0, 8);
        Reports.as(tenant, "admin").post("/api/v1/admin/read-models/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> audit(tenant, "").getList("items").size() == 2);

        JsonPath log = audit(tenant, "");
        assertEquals(List.of("read-models.rebuild-finished", "read-models.rebuild-started"),
                log.getList("items.action"));
        assertEquals("test-admin@" + tenant, log.getString("items[1].actor"));
        assertEquals("NEVER", log.getString("items[1].before.state"));
        assertEquals(1, log.getInt("items[1].before.generation"));
        assertEquals(2, log.getInt("items[1].after.generation"));
        assertEquals("system", log.getString("items[0].actor"));
        assertEquals("DONE", log.getString("items[0].after.state"));
        JsonPath firstPage = audit(tenant, "?limit=1");
        assertEquals(log.getString("items[0].id"), firstPage.getString("items[0].id"));
        assertEquals(log.getString("items[1].id"), audit(tenant, "?limit=1&cursor=" + firstPage.getString("nextCursor"))
                .getString("items[0].id"));
        assertEquals(1, audit(tenant, "?action=read-models.rebuild-started").getList("items").size());

        Reports.as(tenant, "director").get("/api/v1/admin/audit").then().statusCode(200).body("items", hasSize(2));
        Reports.as(other, "director").get("/api/v1/admin/audit").then().statusCode(200).body("items", hasSize(0));
        Reports.as(tenant, "supervisor").get("/api/v1/admin/audit").then().statusCode(403);
        Reports.as(tenant, "admin").get("/api/v1/admin/audit?until=tomorrow").then().statusCode(400)
                .body("type", endsWith("/validation-failed")).body("errors[0].field", equalTo("until"));
    }

    private static JsonPath audit(String tenant, String query) {
        return Reports.as(tenant, "admin").get("/api/v1/admin/audit" + query).then().statusCode(200)
                .extract().jsonPath();
    }
}
