package dev.opsdesk.reporting.perf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.opsdesk.reporting.support.Db;
import dev.opsdesk.reporting.support.Reports;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A tiny run of the 10 M generator: its rollups agree with its raw rows, and the reports read them. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ActivityGeneratorSmokeTest {

    @Inject
    DataSource dataSource;

    @Test
    void aSmallLoadIsConsistentAndReportable() throws Exception {
        String tenant = "gen-" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = dataSource.getConnection()) {
            ActivityGenerator.load(c, new ActivityGenerator.Shape(tenant, 2_000, 5, 7, 200, Instant.now()), s -> { });
        }
        assertEquals(2_000, Db.count("select count(*) from activity where tenant_id = ?", tenant));
        assertEquals(Db.count("select sum(actual_seconds) from activity where tenant_id = ?", tenant),
                Db.count("select sum(actual_seconds) from agent_day where tenant_id = ?", tenant));
        assertEquals(Db.count("select sum(standard_minutes * 60) from activity where tenant_id = ?", tenant),
                Db.count("select sum(standard_seconds) from tenant_day_category where tenant_id = ?", tenant));
        assertEquals(2_000, Db.count("select sum(activities) from agent_day_category where tenant_id = ?", tenant));
        String aht = Reports.body(tenant, "/api/v1/reports/aht");
        assertFalse(aht.contains("\"categories\":[]"), aht);
    }
}
