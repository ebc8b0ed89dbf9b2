package dev.opsdesk.ticket.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.DatabaseOutage;
import dev.opsdesk.testing.DatabaseOutageProbe;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.TicketRequests;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable: the API and the intake webhooks answer 503 database-unavailable with
 * Retry-After at once, readiness is DOWN and liveness UP; once it is back everything works again and
 * the outbox relay publishes what is written after the outage.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class DatabaseOutageAnswers503FastTest {

    private static final String TENANT = "crazysales";

    @TestHTTPResource("/")
    URI base;

    @Test
    void whileTheDatabaseIsDownEveryCallAnswers503FastAndEverythingWorksAgainAfterwards() {
        String before = TicketRequests.createId(TENANT, "EMAIL", "Before the outage", "outage-before@example.com");
        String agent = TestTokens.bearer(TENANT, "agent");
        DatabaseOutageProbe first = new DatabaseOutageProbe(base, Duration.ofSeconds(30));
        DatabaseOutageProbe probe = new DatabaseOutageProbe(base, Duration.ofSeconds(1));
        try (DatabaseOutage outage = DatabaseOutage.begin()) {
            // The call that meets the outage waits for the pool once; it marks the database down for all
            first.call("GET", "/api/v1/tickets/" + before, agent, null);
            for (int i = 0; i < 10; i++) {
                probe.call("POST", "/api/v1/tickets", agent, """
                                {"channel":"EMAIL","subject":"During the outage","requester":{"email":"o@example.com"}}""")
                        .call("GET", "/api/v1/tickets/" + before, agent, null)
                        .call("POST", "/webhooks/messenger/" + TENANT, null, "{\"object\":\"page\",\"entry\":[]}",
                                "X-Hub-Signature-256: sha256=00");
            }
            assertEquals(503, probe.status("/q/health/ready"));
            assertEquals(200, probe.status("/q/health/live"));
        }
        System.out.println("database outage, ticket-service: first call " + first.summary() + "; then " + probe.summary());
        assertEquals(List.of(), first.failures());
        assertEquals(List.of(), probe.failures());

        await().atMost(Duration.ofSeconds(30)).until(() -> probe.status("/q/health/ready") == 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                TicketRequests.get(TENANT, before).statusCode(200).body("id", equalTo(before)));
        String after = TicketRequests.createId(TENANT, "EMAIL", "After the outage", "outage-after@example.com");
        TestKafka.awaitRecord("ticket-events", r -> after.equals(r.key())
                && "ticket.created".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(60));
    }
}
