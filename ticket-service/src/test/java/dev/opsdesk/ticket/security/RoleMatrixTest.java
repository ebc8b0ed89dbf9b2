package dev.opsdesk.ticket.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.ticket.intake.IntakeFixtures;
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
 * no token, against a tenant of its own; the HMAC webhooks answer a request with a token exactly as
 * one without; and every operation of the OpenAPI document has a row.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    static final RoleMatrix MATRIX = RoleMatrix.load("/role-matrix.csv");

    @TestHTTPResource("/")
    URI base;

    static RoleMatrixProbe probe(URI base) {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        return new RoleMatrixProbe(base, MATRIX, openApi);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARowAndEveryRowAnOperation() {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(Set.of(), MATRIX.missingFrom(openApi), "operations without a row in role-matrix.csv");
        assertEquals(Set.of(), MATRIX.unknownTo(openApi), "rows of role-matrix.csv the service does not have");
    }

    @Test
    void everyEndpointAnswersEachRoleAndNoTokenAsTheMatrixSays() {
        String tenant = IntakeFixtures.newTenant("crazysales");
        assertEquals(List.of(), probe(base).disagreements(tenant));
    }
}
