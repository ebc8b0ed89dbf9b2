package dev.opsdesk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import dev.opsdesk.reporting.support.Tickets;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class KpiGaugesArePublishedPerTenantTest {

    @Test
    void openTicketsOfATenantAppearAsAPrometheusGauge() {
        String tenant = "kpi-" + UUID.randomUUID().toString().substring(0, 8);
        TestKafka.send(Tickets.created(tenant, UUID.randomUUID().toString(), "metrics"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get("/q/metrics").then()
                .statusCode(200)
                .body(containsString("opsdesk_reporting_tickets_open{tenant=\"" + tenant + "\"} 1.0"))
                .body(containsString("opsdesk_reporting_tickets_created_today{tenant=\"" + tenant + "\"} 1.0")));
    }
}
