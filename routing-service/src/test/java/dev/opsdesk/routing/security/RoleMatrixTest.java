package dev.opsdesk.routing.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.routing.support.RoutingApi;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.RoleMatrix;
import dev.opsdesk.testing.RoleMatrixProbe;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every cell of src/test/resources/role-matrix.csv (docs/security.md): each endpoint, each role and
 * no token, against a tenant of its own; and every operation of the OpenAPI document has a row.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    static final RoleMatrix MATRIX = RoleMatrix.load("/role-matrix.csv");

    @TestHTTPResource("/")
    URI base;

    static String openApi() {
        return given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    static RoleMatrixProbe probe(URI base) {
        // an agent's own availability and absences: the agent id is the token subject (test-<role>)
        // valid bodies, so that the ownership check (after the body is read) decides the answer
        return new RoleMatrixProbe(base, MATRIX, openApi()).ownParameter("agentId", role -> "test-" + role.group())
                .body("PUT", "/api/v1/routing/agents/{agentId}/availability", "{\"presence\":\"ONLINE\"}")
                .body("POST", "/api/v1/routing/agents/{agentId}/absences",
                        "{\"startsAt\":\"2030-01-01T00:00:00Z\",\"endsAt\":\"2030-01-02T00:00:00Z\"}");
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARowAndEveryRowAnOperation() {
        String openApi = openApi();
        assertEquals(Set.of(), MATRIX.missingFrom(openApi), "operations without a row in role-matrix.csv");
        assertEquals(Set.of(), MATRIX.unknownTo(openApi), "rows of role-matrix.csv the service does not have");
    }

    @Test
    void everyEndpointAnswersEachRoleAndNoTokenAsTheMatrixSays() {
        RoutingApi tenant = RoutingApi.tenant("matrix", "default");
        assertEquals(List.of(), probe(base).disagreements(tenant.id()));
    }
}
