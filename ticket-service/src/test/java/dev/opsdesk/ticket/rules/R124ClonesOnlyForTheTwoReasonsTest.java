package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.createId;
import static dev.opsdesk.ticket.TicketRequests.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** R124: a case is cloned only for another department that must act, or for additional cases. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R124ClonesOnlyForTheTwoReasonsTest {

    private static ValidatableResponse cloneCase(String tenant, String id, Map<String, Object> body) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent")).contentType("application/json")
                .body(body).when().post("/api/v1/tickets/" + id + "/clone").then();
    }

    @Test
    void aCaseForFinanceTooIsClonedLinkedToItsOrigin() {
        String id = createId("festival", "EMAIL", "Refund and listing change", "fest@example.org");
        String clone = cloneCase("festival", id, Map.of("reason", "OTHER_DEPARTMENT", "department", "Finance"))
                .statusCode(201).body("clones", hasSize(1)).extract().path("clones[0]");
        get("festival", clone).body("status", equalTo("SUPPORT_QUEUE")).body("subject", equalTo("Refund and listing change"))
                .body("clonedFrom", equalTo(id));

        ConsumerRecord<String, String> event = TestKafka.awaitRecord("ticket-events",
                r -> id.equals(r.key()) && "ticket.cloned".equals(TestKafka.header(r, "ce_type").orElse("")),
                Duration.ofSeconds(30));
        assertEquals(List.of(), EventContracts.violations("ticket.cloned", event.value()));
    }

    @Test
    void aCancelledCategoryGetsOneAdditionalCasePerSubmission() {
        String id = createId("festival", "WE_GENERATED", "Category cancelled", "fest@example.org");
        cloneCase("festival", id, Map.of("reason", "ADDITIONAL_CASES", "count", 3)).statusCode(201)
                .body("clones", hasSize(3));
    }

    @Test
    void anyOtherReasonIsRejected() {
        String id = createId("festival", "EMAIL", "Please copy", "fest@example.org");
        cloneCase("festival", id, Map.of("reason", "CONVENIENCE")).statusCode(422).body("rule", equalTo("R124"));
        cloneCase("festival", id, Map.of("reason", "OTHER_DEPARTMENT", "department", "Marketing"))
                .statusCode(422).body("rule", equalTo("R124")).body("errors[0].field", equalTo("department"));
    }

    @Test
    void aTenantWithoutCloneReasonsDoesNotClone() {
        String id = createId("crazysales", "EMAIL", "Copy me", "c@example.com");
        cloneCase("crazysales", id, Map.of("reason", "OTHER_DEPARTMENT")).statusCode(422).body("rule", equalTo("R124"));
    }
}
