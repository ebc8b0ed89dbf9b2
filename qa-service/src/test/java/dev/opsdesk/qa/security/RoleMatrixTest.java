package dev.opsdesk.qa.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.support.QaApi;
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
 * no token, against a tenant of its own with QA set up; and every operation of the OpenAPI document has a row.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class RoleMatrixTest {

    static final RoleMatrix MATRIX = RoleMatrix.load("/role-matrix.csv");

    @TestHTTPResource("/")
    URI base;

    static RoleMatrixProbe probe(URI base) {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        // a template id that does not exist: the allowed install answers 404 and installs nothing
        return new RoleMatrixProbe(base, MATRIX, openApi).parameter("templateId", "no-such-template");
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARowAndEveryRowAnOperation() {
        String openApi = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertEquals(Set.of(), MATRIX.missingFrom(openApi), "operations without a row in role-matrix.csv");
        assertEquals(Set.of(), MATRIX.unknownTo(openApi), "rows of role-matrix.csv the service does not have");
    }

    @Test
    void everyEndpointAnswersEachRoleAndNoTokenAsTheMatrixSays() {
        String tenant = QaApi.newTenant("matrix");
        QaApi.install(tenant, "zalora");
        assertEquals(List.of(), probe(base).disagreements(tenant));
    }
}
