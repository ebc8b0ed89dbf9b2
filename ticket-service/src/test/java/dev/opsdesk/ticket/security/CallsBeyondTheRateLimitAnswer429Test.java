package dev.opsdesk.ticket.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.api.RateLimitClock;
import dev.opsdesk.ticket.intake.IntakeFixtures;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits per tenant and client: application.properties gives the test tenant
 * {@code rate-limited} buckets of 3 calls refilled by 1 a second, for intake and for the rest of
 * the API apart. The 4th call answers 429 problem+json with Retry-After; another client, the other
 * bucket and other tenants are not affected; webhooks count per tenant and remote address; a second
 * later (on the test's clock, no sleeping) one more call is allowed.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CallsBeyondTheRateLimitAnswer429Test {

    static final String TENANT = "rate-limited";

    final AtomicLong now = new AtomicLong(System.nanoTime());

    @BeforeEach
    void manualClock() {
        QuarkusMock.installMockForType(new RateLimitClock() {
            @Override
            public long nanoTime() {
                return now.get();
            }
        }, RateLimitClock.class);
    }

    @Test
    void intakeApiAndWebhooksEachRefuseTheFourthCallWithinASecondUntilTheBucketRefills() {
        given().header("Authorization", TestTokens.bearer("platform", "admin")).contentType("application/json")
                .body(Map.of("id", TENANT, "name", "Rate limited", "template", "crazysales"))
                .post("/api/v1/tenants").then().statusCode(201);
        for (int i = 0; i < 3; i++) {
            open("client-a").then().statusCode(201);
        }
        refused(open("client-a"));
        open("client-b").then().statusCode(201);
        open("client-a", IntakeFixtures.newTenant("zalora")).then().statusCode(201);

        for (int i = 0; i < 3; i++) {
            search("client-a").then().statusCode(200);
        }
        refused(search("client-a"));

        for (int i = 0; i < 3; i++) {
            webhook().then().statusCode(401);
        }
        refused(webhook());

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        refused(open("client-a"));
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        open("client-a").then().statusCode(201);
        refused(open("client-a"));
        search("client-a").then().statusCode(200);
        webhook().then().statusCode(401);
    }

    private static void refused(Response response) {
        response.then().statusCode(429).contentType("application/problem+json").header("Retry-After", "1")
                .body("type", endsWith("/rate-limited"));
    }

    private static Response open(String client) {
        return open(client, TENANT);
    }

    private static Response open(String client, String tenant) {
        return as(client, tenant).contentType("application/json").body(Map.of("channel", "EMAIL", "subject", "Limit",
                "requester", Map.of("email", client + "@example.com"))).post("/api/v1/tickets");
    }

    private static Response search(String client) {
        return as(client, TENANT).get("/api/v1/tickets");
    }

    /** Unsigned, so 401 once counted: the limit comes before the signature check. */
    private static Response webhook() {
        return given().contentType("application/json").body("{}").post("/webhooks/chat/" + TENANT);
    }

    private static io.restassured.specification.RequestSpecification as(String client, String tenant) {
        String token = Jwt.issuer(RealInfrastructure.ISSUER).subject(client).upn(client + "@" + tenant)
                .claim("tenant", tenant).groups(Set.of("agent")).expiresIn(Duration.ofMinutes(5)).sign();
        return given().header("Authorization", "Bearer " + token);
    }
}
