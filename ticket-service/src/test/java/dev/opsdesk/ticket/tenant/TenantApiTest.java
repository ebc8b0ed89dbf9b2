package dev.opsdesk.ticket.tenant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TenantApiTest {

    private static String newTenantId() {
        return "acme-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static io.restassured.response.ValidatableResponse create(String role, String id, String template) {
        return given().header("Authorization", TestTokens.bearer("platform", role))
                .contentType("application/json")
                .body(Map.of("id", id, "name", "Acme Support", "template", template))
                .when().post("/api/v1/tenants").then();
    }

    @Test
    void anAdminCreatesATenantFromATemplateAndItsAgentsCanOpenTickets() {
        String id = newTenantId();
        create("admin", id, "ozon").statusCode(201)
                .body("template", equalTo("ozon"))
                .body("templateVersion", equalTo(1));

        given().header("Authorization", TestTokens.bearer(id, "agent"))
                .contentType("application/json")
                .body(Map.of("channel", "EMAIL", "subject", "Где мой заказ?", "requester", Map.of("email", "k@example.ru")))
                .when().post("/api/v1/tickets")
                .then().statusCode(201);
        given().header("Authorization", TestTokens.bearer(id, "agent"))
                .when().get("/api/v1/tenants/" + id)
                .then().statusCode(200).body("name", equalTo("Acme Support"));
    }

    @Test
    void aTenantIdCanBeTakenOnlyOnce() {
        String id = newTenantId();
        create("admin", id, "zalora").statusCode(201);
        create("admin", id, "zalora").statusCode(409).contentType("application/problem+json");
    }

    @Test
    void anUnknownTemplateIsA422NamingTheField() {
        create("admin", newTenantId(), "kayako").statusCode(422)
                .body("errors[0].field", equalTo("template"));
    }

    @Test
    void onlyAdminsCreateTenants() {
        create("supervisor", newTenantId(), "festival").statusCode(403);
    }

    @Test
    void aTokenForAnUnprovisionedTenantCannotOpenTickets() {
        given().header("Authorization", TestTokens.bearer("nobody-here", "agent"))
                .contentType("application/json")
                .body(Map.of("channel", "EMAIL", "subject", "Hi", "requester", Map.of("email", "x@example.com")))
                .when().post("/api/v1/tickets")
                .then().statusCode(403)
                .body("type", endsWith("/tenant-not-provisioned"));
    }

    @Test
    void aChannelTheTenantDoesNotHaveIsRejectedNamingTheField() {
        given().header("Authorization", TestTokens.bearer("festival", "agent"))
                .contentType("application/json")
                .body(Map.of("channel", "SOSMED", "subject", "Hi", "requester", Map.of("email", "x@example.com")))
                .when().post("/api/v1/tickets")
                .then().statusCode(422)
                .body("errors[0].field", equalTo("channel"));
    }
}
