package dev.opsdesk.reporting.security;

import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.reporting.api.RateLimitClock;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rate limits per tenant and client: application.properties gives the test tenant
 * {@code rate-limited} a bucket of 3 calls refilled by 1 a second. The 4th call answers 429
 * problem+json with Retry-After; another client of the same tenant and other tenants are not
 * affected; a second later (on the test's clock, no sleeping) one more call is allowed.
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
    void theFourthCallWithinASecondIsRefusedUntilTheBucketRefills() {
        for (int i = 0; i < 3; i++) {
            get(TENANT, "client-a").then().statusCode(200);
        }
        get(TENANT, "client-a").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", endsWith("/rate-limited"));

        get(TENANT, "client-b").then().statusCode(200);
        get("unlimited-" + UUID.randomUUID().toString().substring(0, 8), "client-a").then().statusCode(200);

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        get(TENANT, "client-a").then().statusCode(429);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        get(TENANT, "client-a").then().statusCode(200);
        get(TENANT, "client-a").then().statusCode(429);
    }

    private static Response get(String tenant, String client) {
        String token = Jwt.issuer(RealInfrastructure.ISSUER).subject(client).upn(client).claim("tenant", tenant)
                .groups(Set.of("supervisor")).expiresIn(Duration.ofMinutes(5)).sign();
        return RestAssured.given().header("Authorization", "Bearer " + token)
                .get("/api/v1/reports/ticket-volume");
    }
}
