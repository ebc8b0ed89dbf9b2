package dev.opsdesk.reporting.exports;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.reporting.support.Db;
import dev.opsdesk.reporting.support.Events;
import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.reporting.support.WorkLogs;
import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/**
 * Incremental exports: a client that passes back the cursor it got receives only newer rows, none
 * twice and none missed, even when rows share a timestamp and commit out of their start order.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class IncrementalExportsReturnEveryRowOnceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant SAME_INSTANT = Instant.parse("2026-11-23T10:00:00Z");

    @Inject
    DataSource dataSource;

    @Test
    void pagesOfRowsWithEqualTimestampsHoldEveryRowExactlyOnce() throws Exception {
        String tenant = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        List<ProducerRecord<String, String>> first = logs(tenant, 7);
        assertTrue(EventContracts.violations("ticket.activity-logged", first.get(0).value()).isEmpty());
        Events.sendAll(first);
        awaitActivities(tenant, 7);

        List<String> seen = new ArrayList<>();
        String cursor = drain(tenant, null, 3, seen);
        assertEquals(7, seen.size());

        Events.sendAll(logs(tenant, 4));
        awaitActivities(tenant, 11);
        List<String> next = new ArrayList<>();
        cursor = drain(tenant, cursor, 3, next);
        assertEquals(4, next.size());
        seen.addAll(next);
        assertEquals(11, seen.stream().distinct().count());
        assertEquals(List.of(), page(tenant, cursor, 3, "ndjson").asString().lines().toList());
    }

    @Test
    void aRowOfATransactionStillRunningIsNotSkippedByACursorOfALaterCommit() throws Exception {
        String tenant = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            insertActivity(slow, tenant, UUID.randomUUID()); // started first: the smaller transaction id
            try (Connection fast = dataSource.getConnection()) {
                insertActivity(fast, tenant, UUID.randomUUID()); // auto-commit: committed first
            }
            List<String> rows = new ArrayList<>();
            String cursor = drain(tenant, null, 100, rows);
            assertEquals(0, rows.size(), "nothing is handed out while an older transaction may still add rows");
            slow.commit();
            drain(tenant, cursor, 100, rows);
            assertEquals(2, rows.size());
        }
    }

    @Test
    void csvPagesStartWithTheHeaderAndCarryTheCursorInHeaders() {
        String tenant = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        Events.sendAll(logs(tenant, 2));
        awaitActivities(tenant, 2);
        Response csv = page(tenant, null, 10, "csv");
        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Opsdesk-Has-More", equalTo("false"));
        List<String> lines = csv.asString().lines().toList();
        assertTrue(lines.get(0).startsWith("activity_id,agent_id,ticket_id,task_category"), lines.get(0));
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).contains(",Spam Checking,1,2,90,"), lines.get(1));
    }

    @Test
    void badCursorsAndOtherRolesAreRefused() {
        String tenant = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        Reports.as(tenant, "integration").when().get("/api/v1/exports/activities?cursor=bm9wZQ").then().statusCode(400)
                .body("type", equalTo("https://problems.opsdesk.dev/invalid-cursor"));
        Reports.as(tenant, "integration").when().get("/api/v1/exports/nothing").then().statusCode(404);
        Reports.as(tenant, "integration").when().get("/api/v1/exports/tickets?limit=0").then().statusCode(400);
        Reports.as(tenant, "supervisor").when().get("/api/v1/exports/activities").then().statusCode(403);
    }

    @Test
    void aCursorFromBeforeARebuildHasExpired() {
        String tenant = "ex-" + UUID.randomUUID().toString().substring(0, 8);
        Events.sendAll(logs(tenant, 1));
        awaitActivities(tenant, 1);
        String cursor = page(tenant, null, 10, "ndjson").header("Opsdesk-Next-Cursor");
        Reports.as(tenant, "admin").when().post("/api/v1/admin/read-models/rebuild").then().statusCode(202);
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> Reports.as(tenant, "admin").when()
                .get("/api/v1/admin/read-models/rebuild").then().body("state", equalTo("DONE")));
        Reports.as(tenant, "integration").when().get("/api/v1/exports/activities?format=ndjson&cursor=" + cursor)
                .then().statusCode(410).body("type", equalTo("https://problems.opsdesk.dev/cursor-expired"));
    }

    private static List<ProducerRecord<String, String>> logs(String tenant, int n) {
        return IntStream.range(0, n).mapToObj(i -> WorkLogs.logged(tenant, UUID.randomUUID(), "a1", SAME_INSTANT))
                .toList();
    }

    private static void awaitActivities(String tenant, long n) {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                Db.count("select count(*) from activity where tenant_id = ?", tenant) == n);
    }

    /** Follows the cursor until a page says there is no more; returns the last cursor. */
    private static String drain(String tenant, String cursor, int limit, List<String> ids) throws Exception {
        for (;;) {
            Response page = page(tenant, cursor, limit, "ndjson");
            page.then().statusCode(200);
            for (String line : page.asString().lines().toList()) {
                ids.add(JSON.readTree(line).get("activity_id").asText());
            }
            cursor = page.header("Opsdesk-Next-Cursor");
            if (!Boolean.parseBoolean(page.header("Opsdesk-Has-More"))) {
                return cursor;
            }
        }
    }

    private static Response page(String tenant, String cursor, int limit, String format) {
        return Reports.as(tenant, "integration").when().get("/api/v1/exports/activities?format=" + format + "&limit="
                + limit + (cursor == null ? "" : "&cursor=" + cursor));
    }

    private static void insertActivity(Connection c, String tenant, UUID id) throws Exception {
        try (PreparedStatement s = c.prepareStatement("insert into activity (activity_id, tenant_id, agent_id, "
                + "task_category, category_row, standard_minutes, actual_seconds, logged_at, work_day) "
                + "values (?, ?, 'a1', 'Spam Checking', 1, 2, 60, now(), ?)")) {
            s.setObject(1, id);
            s.setString(2, tenant);
            s.setObject(3, LocalDate.parse("2026-11-23"));
            s.executeUpdate();
        }
    }
}
