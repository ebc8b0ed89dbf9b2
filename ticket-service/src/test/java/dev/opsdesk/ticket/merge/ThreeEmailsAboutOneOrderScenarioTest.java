package dev.opsdesk.ticket.merge;

import static dev.opsdesk.ticket.TicketRequests.changeStatus;
import static dev.opsdesk.ticket.TicketRequests.get;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.EventContracts;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestKafka;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Three e-mails about one order from one customer writing from two addresses are merged per
 * R35–R41; the target's owner is notified on Kafka (R43); unmerge restores the three tickets exactly.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class ThreeEmailsAboutOneOrderScenarioTest {

    @Test
    void mergeNotifyAndUnmerge() {
        String home = "ana-" + UUID.randomUUID() + "@example.com";
        String work = "ana.work-" + UUID.randomUUID() + "@example.com";
        String customer = CustomerFixtures.customerWith(home, work);
        String order = "ORD-" + UUID.randomUUID().toString().substring(0, 8);

        String first = MergeFixtures.ticket(home, order, "My parcel has not arrived.");
        MergeFixtures.assign(first, "agent-one");
        changeStatus(MergeFixtures.TENANT, first, Map.of("status", "AWAITING_REPLY",
                "reply", Map.of("body", "Thank you for contacting us. Could you confirm the delivery address?")))
                .statusCode(200);
        String second = MergeFixtures.ticket(work, order, "The address is 1 Main St.");
        MergeFixtures.assign(second, "agent-two");
        String third = MergeFixtures.ticket(home, order, "Any update? It is a gift.");
        String firstBefore = snapshot(first);
        String secondBefore = snapshot(second);
        String thirdBefore = snapshot(third);
        get(MergeFixtures.TENANT, second).body("customerId", equalTo(customer));

        MergeFixtures.merge(first, List.of(second, third), Map.of("differentAddressesConfirmed", true))
                .statusCode(200)
                .body("target.status", equalTo("CUSTOMER_REPLY"))   // R40: the customer wrote last
                .body("target.ownerId", equalTo("agent-one"))       // R39: the target's owner keeps it
                .body("target.lastMessageAuthor", equalTo("CUSTOMER"));
        get(MergeFixtures.TENANT, second).body("status", equalTo("MERGED"));
        given().header("Authorization", TestTokens.bearer(MergeFixtures.TENANT, "agent"))
                .when().get("/api/v1/tickets/" + first + "/messages")
                .then().statusCode(200)
                .body("", hasSize(4))
                .body("findAll { it.originTicketId == '" + second + "' }", hasSize(1))
                .body("ticketId", everyItem(equalTo(first)));

        ConsumerRecord<String, String> notified = TestKafka.awaitRecord("ticket-events", r -> first.equals(r.key())
                && "ticket.owner-notified".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
        JsonPath notice = JsonPath.from(notified.value());
        assertEquals("agent-one", notice.getString("recipient"));
        assertEquals(List.of(second, third), notice.getList("mergedTicketIds"));
        assertEquals(List.of(), EventContracts.violations("ticket.owner-notified", notified.value()));
        ConsumerRecord<String, String> merged = TestKafka.awaitRecord("ticket-events", r -> first.equals(r.key())
                && "ticket.merged".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
        assertEquals(List.of(), EventContracts.violations("ticket.merged", merged.value()));

        MergeFixtures.unmerge(first).statusCode(200);

        assertEquals(firstBefore, snapshot(first));
        assertEquals(secondBefore, snapshot(second));
        assertEquals(thirdBefore, snapshot(third));
        given().header("Authorization", TestTokens.bearer(MergeFixtures.TENANT, "agent"))
                .when().get("/api/v1/tickets/" + second + "/messages")
                .then().statusCode(200).body("", hasSize(1)).body("[0].ticketId", equalTo(second));
        ConsumerRecord<String, String> unmerged = TestKafka.awaitRecord("ticket-events", r -> first.equals(r.key())
                && "ticket.unmerged".equals(TestKafka.header(r, "ce_type").orElse("")), Duration.ofSeconds(30));
        assertEquals(List.of(), EventContracts.violations("ticket.unmerged", unmerged.value()));
    }

    /** The fields a merge may touch, as the API shows them. */
    private static String snapshot(String id) {
        JsonPath t = get(MergeFixtures.TENANT, id).statusCode(200).extract().jsonPath();
        return String.join("|", t.getString("status"), t.getString("statusCategory"), t.getString("ownerId"),
                t.getString("lastMessageAt"), t.getString("lastMessageAuthor"), t.getString("closedAt"),
                String.valueOf(t.getString("customerId")));
    }
}
