package dev.opsdesk.ticket.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ProblemDetailsTest {

    private static final String VALID = """
            {"channel":"EMAIL","subject":"Hi","requester":{"email":"a@example.com"}}""";

    @Test
    void noTokenIsA401Problem() {
        given().contentType("application/json").body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", endsWith("/unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void aForgedTokenIsA401Problem() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")
                .contentType("application/json").body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aRoleWithoutTicketRightsIsA403Problem() {
        given().header("Authorization", TestTokens.bearer("crazysales", "qa"))
                .contentType("application/json").body(VALID)
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
    }

    @Test
    void malformedJsonIsA400ProblemWithoutInternals() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .contentType("application/json").body("{\"channel\": \"EMAIL\", \"subject\": ")
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"))
                .body("detail", not(containsString("com.fasterxml")))
                .body("stackTrace", nullValue());
    }

    @Test
    void aValueOfTheWrongTypeIsA400ProblemNamingTheField() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .contentType("application/json")
                .body("""
                        {"channel":"EMAIL","subject":"Hi","requester":{"email":"a@example.com"},"store":{"x":1}}""")
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/malformed-json"))
                .body("detail", containsString("'store'"));
    }

    @Test
    void anUnknownEnumValueIsA400Problem() {
        String id = dev.opsdesk.ticket.TicketRequests.createId("crazysales", "EMAIL", "Enum", "enum@example.com");
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .contentType("application/json")
                .body("""
                        {"visibility":"SECRET","body":"hello"}""")
                .when().post("/api/v1/tickets/" + id + "/messages")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'visibility'"));
    }

    @Test
    void invalidFieldsAreA400ProblemListingEachField() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .contentType("application/json")
                .body("""
                        {"channel":"e-mail","subject":"","requester":{"email":"not-an-address"}}""")
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("channel"))
                .body("errors.field", hasItem("subject"))
                .body("errors.field", hasItem("requester.email"));
    }

    @Test
    void aMissingBodyIsA400Problem() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .contentType("application/json")
                .when().post("/api/v1/tickets")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .when().delete("/api/v1/tickets")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", endsWith("/method-not-allowed"));
    }

    @Test
    void aNonJsonBodyIsA415Problem() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .contentType("text/plain").body("hello")
                .when().post("/api/v1/tickets")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", endsWith("/unsupported-media-type"));
    }

    @Test
    void anUnknownRouteIsA404Problem() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }
}
