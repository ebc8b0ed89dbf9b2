package dev.opsdesk.routing.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.DatabaseOutage;
import dev.opsdesk.testing.DatabaseOutageProbe;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable: the API answers 503 database-unavailable with Retry-After at once,
 * readiness is DOWN and liveness UP; once it is back the same calls work again.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageAnswers503FastTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void whileTheDatabaseIsDownEveryCallAnswers503FastAndEverythingWorksAgainAfterwards() {
        String tenant = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        DatabaseOutageProbe first = new DatabaseOutageProbe(base, Duration.ofSeconds(30));
        DatabaseOutageProbe probe = new DatabaseOutageProbe(base, Duration.ofSeconds(1));
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            // The call that meets the outage waits for the pool once; it marks the database down for all
            first.call("GET", "/api/v1/routing/queue", TestTokens.bearer(tenant, "supervisor"), null);
            for (int i = 0; i < 10; i++) {
                probe.call("GET", "/api/v1/routing/queue", TestTokens.bearer(tenant, "supervisor"), null)
                        .call("POST", "/api/v1/routing/alerts/" + UUID.randomUUID() + "/acknowledge",
                                TestTokens.bearer(tenant, "agent"), "{}");
            }
            assertEquals(503, probe.status("/q/health/ready"));
            assertEquals(200, probe.status("/q/health/live"));
        }
        System.out.println("database outage, routing-service: first call " + first.summary() + "; then " + probe.summary());
        assertEquals(List.of(), first.failures());
        assertEquals(List.of(), probe.failures());

        await().atMost(Duration.ofSeconds(30)).until(() -> probe.status("/q/health/ready") == 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().header("Authorization", TestTokens.bearer(tenant, "supervisor")).get("/api/v1/routing/queue")
                    .then().statusCode(200);
            given().header("Authorization", TestTokens.bearer(tenant, "agent")).contentType("application/json")
                    .body("{}").post("/api/v1/routing/alerts/" + UUID.randomUUID() + "/acknowledge")
                    .then().statusCode(404);
        });
    }
}
