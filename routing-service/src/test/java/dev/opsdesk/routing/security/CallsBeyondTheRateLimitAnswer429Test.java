package dev.opsdesk.routing.security;

import static org.hamcrest.Matchers.endsWith;

import dev.opsdesk.routing.api.RateLimitClock;
import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
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
        RoutingApi limited = RoutingApi.named(TENANT);
        for (int i = 0; i < 3; i++) {
            limited.as("client-a", "supervisor").get(RoutingApi.BASE + "/rules").then().statusCode(200);
        }
        limited.as("client-a", "supervisor").get(RoutingApi.BASE + "/rules").then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", endsWith("/rate-limited"));

        limited.as("client-b", "supervisor").get(RoutingApi.BASE + "/rules").then().statusCode(200);
        RoutingApi.tenant("unlimited", "default").as("client-a", "supervisor").get(RoutingApi.BASE + "/rules")
                .then().statusCode(200);

        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(999));
        limited.as("client-a", "supervisor").get(RoutingApi.BASE + "/rules").then().statusCode(429);
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(1));
        limited.as("client-a", "supervisor").get(RoutingApi.BASE + "/rules").then().statusCode(200);
        limited.as("client-a", "supervisor").get(RoutingApi.BASE + "/rules").then().statusCode(429);
    }
}
