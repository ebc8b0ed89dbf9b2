package dev.opsdesk.reporting.readmodel;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.reporting.support.Db;
import dev.opsdesk.reporting.support.Events;
import dev.opsdesk.reporting.support.HandComputedFigures;
import dev.opsdesk.reporting.support.RecordedStream;
import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The rebuild deletes the tenant's read models and replays the topics from the beginning while the
 * live consumers keep running: every report answers exactly as before, and another tenant is untouched.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RebuildFromTheTopicsGivesIdenticalFiguresTest {

    @Test
    void aRebuildEndsWithTheSameFigures() {
        String tenant = "rb-" + UUID.randomUUID().toString().substring(0, 8);
        String bystander = "rb-" + UUID.randomUUID().toString().substring(0, 8);
        List<RecordedStream.Event> events = RecordedStream.load(tenant);
        List<RecordedStream.Event> others = RecordedStream.load(bystander);
        Events.sendAll(events.stream().map(e -> e.record(tenant)).toList());
        Events.sendAll(others.stream().map(e -> e.record(bystander)).toList());
        long distinct = RecordedStream.distinctIds(events).size();
        await().atMost(Duration.ofSeconds(60)).until(() -> Db.processedEvents(tenant) == distinct
                && Db.processedEvents(bystander) == distinct);
        Map<String, String> before = figures(tenant);
        Map<String, String> bystanderBefore = figures(bystander);

        Reports.as(tenant, "admin").when().post("/api/v1/admin/read-models/rebuild").then().statusCode(202)
                .body("state", equalTo("RUNNING"));
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() ->
                Reports.as(tenant, "admin").when().get("/api/v1/admin/read-models/rebuild").then()
                        .statusCode(200).body("state", equalTo("DONE")));

        Reports.as(tenant, "admin").when().get("/api/v1/admin/read-models/rebuild").then()
                .body("generation", equalTo(2))
                .body("eventsApplied", equalTo((int) distinct));
        assertEquals(before, figures(tenant));
        assertEquals(bystanderBefore, figures(bystander));
        HandComputedFigures.assertAll(tenant);
    }

    @Test
    void onlyAnAdminMayRebuild() {
        Reports.as("rb-other", "supervisor").when().post("/api/v1/admin/read-models/rebuild").then().statusCode(403);
    }

    private static Map<String, String> figures(String tenant) {
        Map<String, String> figures = new LinkedHashMap<>();
        HandComputedFigures.reportPaths().forEach(path -> figures.put(path, Reports.body(tenant, path)));
        return figures;
    }
}
