package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.close;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R134: every merge, clone, status change, resolution and reassignment has actor, time, before, after and reason. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R134EveryChangeIsAuditedTest {

    @Test
    void aReassignmentAndAStatusChangeAreAudited() {
        String id = createId("crazysales", "EMAIL", "Audit me", "audit@example.com");
        MergeFixtures.assign(id, "agent-7");
        changeStatus("crazysales", id, Map.of("status", "AWAITING_REPLY",
                "reply", Map.of("body", "Thank you for contacting us. Could you send a photo?"))).statusCode(200);

        audit("crazysales", id)
                .body("find { it.action == 'owner' }.before", equalTo(null))
                .body("find { it.action == 'owner' }.after", equalTo("agent-7"))
                .body("find { it.action == 'owner' }.actor", equalTo("test-supervisor@crazysales"))
                .body("find { it.action == 'owner' }.at", notNullValue())
                .body("find { it.action == 'status' }.before", equalTo("NEW"))
                .body("find { it.action == 'status' }.after", equalTo("AWAITING_REPLY"))
                .body("find { it.action == 'status' }.actor", equalTo("test-agent@crazysales"));
    }

    @Test
    void aResolutionIsAuditedWithItsComment() {
        String id = createId("ozon", "EMAIL", "Реклама", "spam-" + UUID.randomUUID() + "@example.ru");
        close("ozon", id, Map.of("resolution", "SPAM", "spamKind", "ADVERTISING", "comment", "рассылка"))
                .statusCode(200);
        audit("ozon", id)
                .body("find { it.action == 'resolution' }.before", equalTo("NEW"))
                .body("find { it.action == 'resolution' }.after", equalTo("CLOSED / SPAM"))
                .body("find { it.action == 'resolution' }.reason", equalTo("рассылка"));
    }

    @Test
    void aMergeAndItsUndoAreAuditedOnBothTickets() {
        String order = "AUD" + UUID.randomUUID().toString().substring(0, 6);
        String target = MergeFixtures.ticket("audit-merge@example.com", order, "Where is it?");
        String source = MergeFixtures.ticket("audit-merge@example.com", order, "Any news?");
        MergeFixtures.merge(target, List.of(source), Map.of()).statusCode(200);
        MergeFixtures.unmerge(target).statusCode(200);

        audit("crazysales", target)
                .body("find { it.action == 'merge' }.actor", equalTo(MergeFixtures.AGENT))
                .body("find { it.action == 'unmerge' }.reason", notNullValue());
        audit("crazysales", source)
                .body("find { it.action == 'merged-into' }.before", equalTo("NEW"))
                .body("find { it.action == 'merged-into' }.after", equalTo("MERGED"))
                .body("find { it.action == 'merged-into' }.reason", equalTo(target))
                .body("find { it.action == 'unmerged' }.after", equalTo("NEW"));
    }

    @Test
    void aCloneIsAuditedOnTheOriginAndTheClone() {
        String id = createId("festival", "EMAIL", "Refund and listing change", "festival-audit@example.org");
        String clone = given().header("Authorization", TestTokens.bearer("festival", "agent"))
                .contentType("application/json").body(Map.of("reason", "OTHER_DEPARTMENT", "department", "Finance"))
                .when().post("/api/v1/tickets/" + id + "/clone").then().statusCode(201).extract().path("clones[0]");
        audit("festival", id).body("find { it.action == 'cloned' }.reason", equalTo("OTHER_DEPARTMENT"));
        audit("festival", clone).body("find { it.action == 'cloned-from' }.after", equalTo(id));
    }

    private static ValidatableResponse audit(String tenant, String id) {
        return given().header("Authorization", TestTokens.bearer(tenant, "supervisor"))
                .when().get("/api/v1/tickets/" + id + "/audit").then().statusCode(200);
    }
}
