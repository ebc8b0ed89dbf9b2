package dev.opsdesk.qa.security;

import static dev.opsdesk.qa.support.QaApi.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Mass assignment: request bodies are read strictly, so the tenant, a reviewer, a revision, a kind,
 * a state or an agent sent in a body are refused with 400 {@code unknown-field} naming the field, and
 * nothing is stored. Scorecard and settings documents are checked as documents: an unknown key is a
 * 400 {@code validation-failed} naming it.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ServerOwnedFieldsCannotBeSetTest {

    @Test
    void serverOwnedFieldsInARequestBodyAreRefusedAndNothingIsStored() {
        String tenant = QaApi.newTenant("massassign");
        QaApi.install(tenant, "zalora");
        UUID ticket = UUID.randomUUID();
        String items = "\"items\":[{\"itemId\":\"2.2\",\"result\":\"Y\"}]";
        for (String field : new String[] {"\"tenantId\":\"other\"", "\"reviewerId\":\"someone\"", "\"revision\":9",
                "\"kind\":\"AUTO\""}) {
            refused(as(tenant, "qa").body("{\"ticketId\":\"" + ticket + "\"," + items + "," + field + "}")
                    .post("/api/v1/evaluations"), field.substring(1, field.indexOf('"', 1)));
        }
        as(tenant, "qa").queryParam("ticketId", ticket.toString()).get("/api/v1/evaluations").then()
                .statusCode(200).body("items", hasSize(0));
        refused(as(tenant, "agent").body("{\"evaluationId\":\"" + UUID.randomUUID()
                + "\",\"items\":{\"5.2\":\"Y\"},\"comment\":\"c\",\"state\":\"ACCEPTED\"}").post("/api/v1/disputes"), "state");
        refused(as(tenant, "agent").body("{\"evaluationId\":\"" + UUID.randomUUID()
                + "\",\"items\":{\"5.2\":\"Y\"},\"comment\":\"c\",\"agentId\":\"boss\"}").post("/api/v1/disputes"), "agentId");
        refused(as(tenant, "qa").body("{\"name\":\"Week 1\",\"ticketIds\":[\"" + ticket
                + "\"],\"state\":\"CLOSED\"}").post("/api/v1/calibrations"), "state");
        as(tenant, "qa").get("/api/v1/calibrations").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void unknownKeysOfScorecardAndSettingsDocumentsAreRefused() {
        String tenant = QaApi.newTenant("massassign");
        QaApi.install(tenant, "zalora");
        String updatedAt = as(tenant, "admin").get("/api/v1/scorecards/settings").then().statusCode(200)
                .extract().path("updatedAt");
        Response withTenant = as(tenant, "admin").body(java.util.Map.of("tenantId", "other"))
                .put("/api/v1/scorecards/settings");
        withTenant.then().statusCode(400).body("type", endsWith("/validation-failed"))
                .body("errors[0].field", equalTo("tenantId"));
        as(tenant, "admin").body("{\"id\":\"x-card\",\"tenantId\":\"other\"}").post("/api/v1/scorecards").then()
                .statusCode(400).body("type", endsWith("/validation-failed")).body("errors[0].field", equalTo("tenantId"));
        as(tenant, "admin").get("/api/v1/scorecards/x-card").then().statusCode(404);
        as(tenant, "admin").get("/api/v1/scorecards/settings").then().statusCode(200)
                .body("updatedAt", equalTo(updatedAt));
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/unknown-field")).body("errors[0].field", equalTo(field));
    }
}
