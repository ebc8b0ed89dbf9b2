package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R46: among a customer's related unmerged tickets, the owner of the latest message is responsible. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R46ResponsibleOwnerTest {

    @Test
    void theOwnerOfTheTicketWithTheLatestMessageIsResponsible() {
        String email = "r46-" + UUID.randomUUID() + "@example.com";
        String order = "ORD-" + UUID.randomUUID().toString().substring(0, 8);
        String older = MergeFixtures.ticket(email, order, "First mail");
        MergeFixtures.assign(older, "agent-a");
        String newer = MergeFixtures.ticket(email, order, "Second mail");
        MergeFixtures.assign(newer, "agent-b");

        given().header("Authorization", TestTokens.bearer(MergeFixtures.TENANT, "agent"))
                .when().get("/api/v1/tickets/" + older + "/related")
                .then().statusCode(200).body("tickets", hasSize(2)).body("responsibleOwner", equalTo("agent-b"));

        addMessage(MergeFixtures.TENANT, older, "CUSTOMER", "PUBLIC", "Third mail, on the first thread").statusCode(201);
        given().header("Authorization", TestTokens.bearer(MergeFixtures.TENANT, "agent"))
                .when().get("/api/v1/tickets/" + newer + "/related")
                .then().statusCode(200).body("responsibleOwner", equalTo("agent-a"));
    }
}
