package dev.opsdesk.qa.api;

import static dev.opsdesk.qa.support.QaApi.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.support.QaApi;
import dev.opsdesk.qa.support.TicketEventFixtures;
import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Several reviewers score the same interactions; the session reports each one's alignment with the consensus. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class CalibrationSessionsTest {

    private static String score(UUID ticket, String probing, String accuracy) {
        return """
                {"ticketId":"%s","items":[{"itemId":"2.2","result":"%s"},{"itemId":"3.1","result":"%s"}]}"""
                .formatted(ticket, probing, accuracy);
    }

    @Test
    void reviewersAreComparedWithTheMajority() {
        String tenant = QaApi.newTenant("zalora");
        QaApi.install(tenant, "zalora");
        TicketEventFixtures a = TicketEventFixtures.ticket(tenant).created("CHAT", "Retur", "Ravi", "ravi@example.com")
                .message("STAFF", "agent-1", "Halo Ravi, retur sudah kami proses.");
        TicketEventFixtures b = TicketEventFixtures.ticket(tenant).onPartitionOf(a)
                .created("EMAIL", "Refund", "Sari", "sari@example.com").message("STAFF", "agent-1", "Hi Sari, refund sudah masuk.");
        String session = """
                {"name":"Week 48","ticketIds":["%s","%s"],"reviewers":["ana","ben","cho"]}""".formatted(a.id(), b.id());
        ExtractableResponse<Response> created = await().atMost(Duration.ofSeconds(60)).until(
                () -> as(tenant, "qa").body(session).post("/api/v1/calibrations").then().extract(),
                response -> response.statusCode() != 404);
        assertEquals(201, created.statusCode());
        assertEquals(2, created.<Integer>path("interactions.size()"));
        assertEquals(1, created.<Integer>path("scorecard.version"));
        String id = created.path("id");
        String url = "/api/v1/calibrations/" + id;

        as(tenant, "qa", "ana").body(score(a.id(), "Y", "Y")).post(url + "/evaluations").then().statusCode(200)
                .body("kind", equalTo("CALIBRATION")).body("items.find { it.itemId == '1.1' }.result", equalTo(null));
        as(tenant, "qa", "ben").body(score(a.id(), "Y", "Y")).post(url + "/evaluations").then().statusCode(200);
        as(tenant, "supervisor", "cho").body(score(a.id(), "N", "Y")).post(url + "/evaluations").then().statusCode(200);
        as(tenant, "qa", "ana").body(score(b.id(), "Y", "N")).post(url + "/evaluations").then().statusCode(200);
        as(tenant, "qa", "cho").body(score(b.id(), "Y", "Y")).post(url + "/evaluations").then().statusCode(200);
        as(tenant, "qa", "ben").body(score(b.id(), "Y", "N")).post(url + "/evaluations").then().statusCode(200);
        as(tenant, "qa", "dan").body(score(a.id(), "Y", "Y")).post(url + "/evaluations").then().statusCode(422);
        as(tenant, "qa", "ana").body(score(UUID.randomUUID(), "Y", "Y")).post(url + "/evaluations").then().statusCode(404);

        as(tenant, "qa").get(url).then().statusCode(200)
                .body("alignment.reviewers.find { it.reviewerId == 'ana' }.alignment", equalTo(100.0f))
                .body("alignment.reviewers.find { it.reviewerId == 'ben' }.alignment", equalTo(100.0f))
                .body("alignment.reviewers.find { it.reviewerId == 'cho' }.alignment", equalTo(50.0f))
                .body("alignment.reviewers.find { it.reviewerId == 'cho' }.comparedItems", equalTo(4));
        as(tenant, "qa").queryParam("ticketId", a.id().toString()).queryParam("kind", "MANUAL").get("/api/v1/evaluations")
                .then().body("items.size()", equalTo(0)); // calibration scores are not the interaction's evaluation

        as(tenant, "qa").post(url + "/close").then().statusCode(200).body("state", equalTo("CLOSED"));
        as(tenant, "qa", "ana").body(score(a.id(), "N", "N")).post(url + "/evaluations").then().statusCode(409);
        as(QaApi.newTenant("other"), "qa").get(url).then().statusCode(404);
        as(tenant, "agent").get(url).then().statusCode(403);
    }
}
