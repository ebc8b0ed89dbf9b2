package dev.opsdesk.reporting.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every cell of src/test/resources/role-matrix.csv (docs/security.md): each endpoint, each role and
 * no token, against a tenant of its own; and every operation of the OpenAPI document has a row. The
 * dashboard stream is probed by its status line only.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    static final RoleMatrix MATRIX = RoleMatrix.load("/role-matrix.csv");

    @TestHTTPResource("/")
    URI base;

    static RoleMatrixProbe probe(URI base) {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        return new RoleMatrixProbe(base, MATRIX, openApi).parameter("dataset", "tickets");
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARowAndEveryRowAnOperation() {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(Set.of(), MATRIX.missingFrom(openApi), "operations without a row in role-matrix.csv");
        assertEquals(Set.of(), MATRIX.unknownTo(openApi), "rows of role-matrix.csv the service does not have");
    }

    @Test
    void everyEndpointAnswersEachRoleAndNoTokenAsTheMatrixSays() {
        String tenant = "matrix-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(List.of(), probe(base).disagreements(tenant));
    }
}
