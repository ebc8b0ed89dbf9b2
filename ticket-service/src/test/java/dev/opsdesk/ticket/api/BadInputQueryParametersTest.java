package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.as;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Query parameters of the wrong form or out of range are problems, never a 5xx or an empty 200. A
 * number JAX-RS cannot convert is a 404 by the JAX-RS specification, as for a malformed id in the path.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputQueryParametersTest {

    private static Target target;

    private static String base64(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> searches() {
        return Stream.of(
                Arguments.of("limit=abc", 404),
                Arguments.of("limit=1.5", 404),
                Arguments.of("limit=99999999999", 404),
                Arguments.of("limit=0", 422),
                Arguments.of("limit=-1", 422),
                Arguments.of("limit=101", 422),
                Arguments.of("createdFrom=yesterday", 422),
                Arguments.of("createdTo=2026-13-45T00:00:00Z", 422),
                Arguments.of("statusCategory=BOGUS", 422),
                Arguments.of("cursor=garbage", 422),
                Arguments.of("cursor=" + base64("not-an-instant|not-a-uuid"), 422),
                Arguments.of("cursor=" + base64("2026-01-01T00:00:00Z"), 422),
                Arguments.of("cursor=%25%25%25", 422));
    }

    @ParameterizedTest(name = "GET /api/v1/tickets?{0}")
    @MethodSource("searches")
    void aSearchWithAMalformedParameterIsAProblem(String query, int status) {
        assertProblem(as(TENANT, "agent").urlEncodingEnabled(false).when().get("/api/v1/tickets?" + query), status);
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("", 400),
                Arguments.of("email=a@example.com&phone=%2B61299990000", 400),
                Arguments.of("email=not-an-address", 400),
                Arguments.of("email=" + "a".repeat(400) + "@example.com", 400),
                Arguments.of("phone=call-me", 400),
                Arguments.of("phone=12%203", 422),
                Arguments.of("social=facebook", 400),
                Arguments.of("social=face%20book:ana", 400),
                Arguments.of("email=", 400));
    }

    @ParameterizedTest(name = "GET /api/v1/customers?{0}")
    @MethodSource("lookups")
    void aCustomerLookupWithAMalformedIdentityIsAProblem(String query, int status) {
        String path = query.isEmpty() ? "/api/v1/customers" : "/api/v1/customers?" + query;
        assertProblem(as(TENANT, "agent").urlEncodingEnabled(false).when().get(path), status);
    }

    static Stream<Arguments> timelines() {
        return Stream.of(
                Arguments.of("limit=abc", 404),
                Arguments.of("limit=0", 400),
                Arguments.of("limit=101", 400),
                Arguments.of("limit=99999999999", 404),
                Arguments.of("cursor=garbage", 400),
                Arguments.of("cursor=" + base64("2026-01-01T00:00:00Z|not-a-uuid"), 400),
                Arguments.of("cursor=" + "x".repeat(201), 400));
    }

    @ParameterizedTest(name = "GET /api/v1/customers/'{id}'/timeline?{0}")
    @MethodSource("timelines")
    void aTimelineWithAMalformedParameterIsAProblem(String query, int status) {
        target = target == null ? Target.fresh() : target;
        assertProblem(as(TENANT, "agent").urlEncodingEnabled(false)
                .when().get("/api/v1/customers/" + target.customer() + "/timeline?" + query), status);
    }
}
