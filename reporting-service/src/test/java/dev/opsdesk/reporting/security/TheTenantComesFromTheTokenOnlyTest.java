package dev.opsdesk.reporting.security;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.reporting.support.Db;
import dev.opsdesk.reporting.support.Events;
import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.reporting.support.WorkLogs;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * reporting-service takes no request bodies and no entity ids of its own: its isolation is that the
 * tenant comes from the token only. Another tenant's work logs never show in the caller's reports or
 * exports, whether named by agent id, tenant parameter or another tenant's export cursor; a rebuild
 * request naming another tenant rebuilds the caller's own read models; an unknown dataset is a 404.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TheTenantComesFromTheTokenOnlyTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void anotherTenantsDataIsNeverReportedToTheCaller() throws Exception {
        String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
        String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
        UUID theirLog = UUID.randomUUID();
        UUID myLog = UUID.randomUUID();
        Events.sendAll(List.of(WorkLogs.logged(theirs, theirLog, "their-agent", AT),
                WorkLogs.logged(mine, myLog, "my-agent", AT)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.processedEvents(theirs) == 1
                && Db.processedEvents(mine) == 1);
        String window = "from=2026-11-23&to=2026-11-23";

        Reports.as(mine, "supervisor").get("/api/v1/reports/productivity?" + window + "&agentId=their-agent")
                .then().statusCode(200).body("agents", empty());
        Reports.as(mine, "supervisor").get("/api/v1/reports/productivity?" + window + "&tenantId=" + theirs)
                .then().statusCode(200).body("agents.agentId", equalTo(List.of("my-agent")));
        Response theirPage = Reports.as(theirs, "integration").get("/api/v1/exports/activities?format=ndjson&limit=1");
        theirPage.then().statusCode(200);
        assertEquals(List.of(theirLog.toString()), ids(theirPage));
        String theirCursor = theirPage.header("Opsdesk-Next-Cursor");
        List<String> seen = new ArrayList<>(ids(Reports.as(mine, "integration")
                .get("/api/v1/exports/activities?format=ndjson")));
        Response withTheirCursor = Reports.as(mine, "integration")
                .get("/api/v1/exports/activities?format=ndjson&cursor=" + theirCursor);
        if (withTheirCursor.statusCode() == 200) {
            seen.addAll(ids(withTheirCursor));
        } else {
            withTheirCursor.then().statusCode(410).body("type", endsWith("/cursor-expired"));
        }
        assertEquals(List.of(), seen.stream().filter(theirLog.toString()::equals).toList(), "their row leaked");
        Reports.as(mine, "integration").get("/api/v1/exports/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aRebuildNamingAnotherTenantRebuildsTheCallersOwn() {
        String theirs = "theirs-" + UUID.randomUUID().toString().substring(0, 8);
        String mine = "mine-" + UUID.randomUUID().toString().substring(0, 8);
        Reports.as(mine, "admin").contentType("application/json").body("{\"tenantId\":\"" + theirs + "\"}")
                .post("/api/v1/admin/read-models/rebuild?tenantId=" + theirs).then().statusCode(202)
                .body("tenantId", equalTo(mine));
        Reports.as(theirs, "admin").get("/api/v1/admin/read-models/rebuild").then().statusCode(200)
                .body("state", equalTo("NEVER"));
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(Reports.as(mine, "admin")
                .get("/api/v1/admin/read-models/rebuild").then().extract().path("state")));
    }

    private static List<String> ids(Response ndjson) {
        return ndjson.asString().lines().filter(l -> !l.isBlank()).map(l -> {
            try {
                return JSON.readTree(l).get("activity_id").asText();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
