package dev.opsdesk.ticket.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.intake.IntakeFixtures;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Mass assignment: every request body is read strictly, so a field the request does not define —
 * the tenant, the status, the owner, the customer, ids, timestamps, versions, a message's author — is
 * refused with 400 {@code unknown-field} naming it, and nothing is stored.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ServerOwnedFieldsCannotBeSetTest {

    @Test
    void serverOwnedFieldsInCreateAndUpdateBodiesAreRefusedAndNothingIsStored() {
        String tenant = IntakeFixtures.newTenant("crazysales");
        String other = IntakeFixtures.newTenant("crazysales");
        String email = "mass-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String ticket = "{\"channel\":\"EMAIL\",\"subject\":\"Where is my order?\",\"requester\":{\"email\":\"" + email
                + "\"},";
        for (String field : new String[] {"\"tenantId\":\"" + other + "\"", "\"status\":\"SOLVED\"",
                "\"ownerId\":\"boss\"", "\"customerId\":\"" + UUID.randomUUID() + "\"", "\"id\":\"" + UUID.randomUUID() + "\"",
                "\"createdAt\":\"2020-01-01T00:00:00Z\"", "\"version\":7"}) {
            refused(as(tenant, "agent").body(ticket + field + "}").post("/api/v1/tickets"), name(field));
        }
        refused(as(tenant, "agent").body("{\"channel\":\"EMAIL\",\"subject\":\"s\",\"requester\":{\"email\":\"" + email
                + "\",\"customerId\":\"" + UUID.randomUUID() + "\"}}").post("/api/v1/tickets"), "requester.customerId");
        for (String t : new String[] {tenant, other}) {
            as(t, "agent").queryParam("requester", email).get("/api/v1/tickets").then().statusCode(200)
                    .body("items", hasSize(0));
        }

        String id = as(tenant, "agent").body(ticket + "\"store\":\"AU\"}").post("/api/v1/tickets").then().statusCode(201)
                .extract().path("id");
        refused(as(tenant, "agent").body("{\"body\":\"Hello\",\"authorId\":\"someone-else\"}")
                .post("/api/v1/tickets/" + id + "/messages"), "authorId");
        refused(as(tenant, "supervisor").body("{\"owner\":\"ana\",\"tenantId\":\"" + other + "\"}")
                .post("/api/v1/tickets/" + id + "/assign"), "tenantId");
        as(tenant, "agent").get("/api/v1/tickets/" + id + "/messages").then().statusCode(200).body("", hasSize(0));
        as(tenant, "agent").get("/api/v1/tickets/" + id).then().body("statusCategory", equalTo("NEW"))
                .body("ownerId", equalTo(null));

        refused(as(tenant, "agent").body("{\"emails\":[\"" + email + "\"],\"mergedInto\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/customers"), "mergedInto");
        refused(as(tenant, "admin").body(Map.of("floodLimit", Map.of("maxMessages", 5, "windowMinutes", 10),
                "tenantId", other)).put("/api/v1/intake/settings"), "tenantId");
        refused(as("platform", "admin").body(Map.of("id", "mass-" + UUID.randomUUID().toString().substring(0, 8),
                "name", "N", "template", "zalora", "createdAt", "2020-01-01T00:00:00Z")).post("/api/v1/tenants"), "createdAt");
    }

    private static String name(String field) {
        return field.substring(1, field.indexOf('"', 1));
    }

    private static RequestSpecification as(String tenant, String role) {
        return given().header("Authorization", TestTokens.bearer(tenant, role)).contentType("application/json");
    }

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/unknown-field")).body("errors[0].field", equalTo(field));
    }
}
