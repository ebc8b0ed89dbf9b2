package dev.opsdesk.qa.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.BadTokens;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Authentication: on every endpoint an expired token, another issuer, another or no audience, a
 * token signed by another key, an HMAC-signed or unsigned one answer 401 problem+json; a good token
 * without a valid tenant claim answers 403 (authenticated, but for no tenant).
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadTokensAreRefusedTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyEndpointRefusesEveryBadToken() {
        String tenant = QaApi.newTenant("badtokens");
        QaApi.install(tenant, "zalora");
        assertEquals(List.of(), RoleMatrixTest.probe(base).badTokenDisagreements(tenant));
    }

    @Test
    void theRefusalIsAProblemWithAChallengeAndAGoodTokenPasses() {
        String tenant = QaApi.newTenant("badtokens");
        BadTokens.refusedWith401(tenant, "supervisor").forEach((name, token) ->
                given().header("Authorization", token).get("/api/v1/scorecards")
                        .then().statusCode(401).contentType("application/problem+json")
                        .header("WWW-Authenticate", "Bearer")
                        .body("type", endsWith("/unauthenticated")));
        given().header("Authorization", BadTokens.withoutTenant("supervisor")).get("/api/v1/scorecards")
                .then().statusCode(403).contentType("application/problem+json").body("type", endsWith("/forbidden"));
        given().header("Authorization", TestTokens.bearer(tenant, "supervisor")).get("/api/v1/scorecards")
                .then().statusCode(200);
    }
}
