package dev.opsdesk.qa.api;

import static dev.opsdesk.qa.support.QaApi.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Malformed bodies, wrong types, unknown enum values, bad ids, cursors and limits: 4xx problems, never a 500. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputIsAProblemNeverA500Test {

    private static final String TENANT = QaApi.newTenant("bad");

    private static void problem(io.restassured.response.Response response, int status, String type) {
        response.then().statusCode(status).contentType("application/problem+json").body("type", endsWith("/" + type))
                .body("status", equalTo(status));
    }

    @Test
    void malformedOrWrongTypedBodies() {
        problem(as(TENANT, "qa").body("{\"ticketId\":").post("/api/v1/evaluations"), 400, "malformed-json");
        problem(as(TENANT, "qa").body("{\"ticketId\":123,\"items\":[]}").post("/api/v1/evaluations"), 400, "malformed-json");
        problem(as(TENANT, "qa").body("{\"ticketId\":\"" + UUID.randomUUID() + "\",\"items\":[{\"itemId\":\"1.1\","
                + "\"result\":\"MAYBE\"}]}").post("/api/v1/evaluations"), 400, "malformed-json");
        problem(as(TENANT, "qa").body("{\"ticketId\":\"" + UUID.randomUUID() + "\"}").post("/api/v1/evaluations"),
                400, "validation-failed");
        problem(as(TENANT, "qa").body("[]").post("/api/v1/evaluations"), 400, "malformed-json");
        problem(as(TENANT, "qa").body("{\"decision\":\"MAYBE\"}").post("/api/v1/disputes/" + UUID.randomUUID() + "/decision"),
                400, "malformed-json");
        problem(as(TENANT, "admin").body("[1,2]").post("/api/v1/scorecards"), 400, "validation-failed");
        problem(as(TENANT, "admin").body("{\"id\":7}").post("/api/v1/scorecards"), 400, "validation-failed");
        problem(as(TENANT, "admin").body("{\"id\":\"x\\u0000y\"}").post("/api/v1/scorecards"), 400, "validation-failed");
        problem(given().header("Authorization", QaApi.bearer(TENANT, "qa", "q")).contentType("text/plain").body("hi")
                .post("/api/v1/evaluations"), 415, "unsupported-media-type");
    }

    @Test
    void unknownOrMalformedIdsAndOtherTenantsIdsAreNotFound() {
        problem(as(TENANT, "qa").get("/api/v1/evaluations/not-a-uuid"), 404, "not-found");
        problem(as(TENANT, "qa").get("/api/v1/evaluations/" + UUID.randomUUID()), 404, "not-found");
        problem(as(TENANT, "qa").get("/api/v1/calibrations/" + UUID.randomUUID()), 404, "not-found");
        problem(as(TENANT, "qa").body("{\"ticketId\":\"" + UUID.randomUUID() + "\",\"items\":[]}").post("/api/v1/evaluations"),
                404, "not-found");
        problem(as(TENANT, "agent").body("{\"evaluationId\":\"" + UUID.randomUUID() + "\",\"items\":{\"1.1\":\"Y\"},"
                + "\"comment\":\"c\"}").post("/api/v1/disputes"), 404, "not-found");
        problem(as(TENANT, "qa").body("{\"name\":\"n\",\"ticketIds\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/api/v1/calibrations"), 422, "qa-not-set-up");
        problem(as(TENANT, "qa").get("/api/v1/scorecards/zalora-qa-form/versions/abc"), 400, "bad-request");
        problem(as(TENANT, "qa").get("/api/v1/scorecards/settings"), 404, "not-found");
    }

    @Test
    void badQueryParameters() {
        problem(as(TENANT, "qa").queryParam("ticketId", "xyz").get("/api/v1/evaluations"), 400, "bad-request");
        problem(as(TENANT, "qa").queryParam("limit", "abc").get("/api/v1/evaluations"), 400, "bad-request");
        problem(as(TENANT, "qa").queryParam("limit", "0").get("/api/v1/disputes"), 400, "bad-request");
        problem(as(TENANT, "qa").queryParam("cursor", "!!").get("/api/v1/calibrations"), 400, "bad-request");
        problem(as(TENANT, "qa").queryParam("kind", "FOO").get("/api/v1/evaluations"), 400, "bad-request");
        problem(as(TENANT, "qa").queryParam("state", "MAYBE").get("/api/v1/disputes"), 400, "bad-request");
        as(TENANT, "qa").queryParam("criticalFail", "perhaps").get("/api/v1/evaluations").then().statusCode(lessThan(500));
    }

    @Test
    void noTokenIs401AndTheWrongRoleIs403() {
        problem(given().get("/api/v1/evaluations"), 401, "unauthenticated");
        problem(given().get("/api/v1/scorecards"), 401, "unauthenticated");
        problem(as(TENANT, "integration").get("/api/v1/evaluations"), 403, "forbidden");
        problem(as(TENANT, "agent").body("{}").post("/api/v1/calibrations"), 403, "forbidden");
        problem(as(TENANT, "qa").post("/api/v1/scorecards/templates/zalora/install"), 403, "forbidden");
    }
}
