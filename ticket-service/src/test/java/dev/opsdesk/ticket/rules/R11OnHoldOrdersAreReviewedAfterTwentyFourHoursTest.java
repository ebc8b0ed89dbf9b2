package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R11: an order On Hold for more than 24 hours is on the On-Hold review list (category On Hold Orders, 2 min). */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R11OnHoldOrdersAreReviewedAfterTwentyFourHoursTest {

    private static final String REVIEW = "/api/v1/orders/on-hold-review";

    @Test
    void anOrderOnHoldForMoreThan24HoursIsOnTheListWithItsTicketAndCategory() {
        String order = orderId();
        String ticket = createId("crazysales", "EMAIL", "Order on hold?", "hold-" + order + "@example.com");
        classify("crazysales", ticket, Map.of("orderId", order, "sku", "SKU-1", "topics", List.of())).statusCode(200);
        report(order, "ON_HOLD", Instant.now().minus(Duration.ofHours(25))).statusCode(200);

        review("agent").statusCode(200)
                .body("find { it.orderId == '" + order + "' }.taskCategory", equalTo("On Hold Orders"))
                .body("find { it.orderId == '" + order + "' }.standardMinutes", equalTo(2))
                .body("find { it.orderId == '" + order + "' }.hoursOnHold", equalTo(25))
                .body("find { it.orderId == '" + order + "' }.tickets", equalTo(List.of(ticket)));
    }

    @Test
    void anOrderOnHoldForLessThan24HoursIsNotOnTheList() {
        String order = orderId();
        report(order, "ON_HOLD", Instant.now().minus(Duration.ofHours(23))).statusCode(200);
        review("agent").statusCode(200).body("orderId", not(hasItem(order)));
    }

    @Test
    void anOrderReleasedFromHoldLeavesTheList() {
        String order = orderId();
        report(order, "ON_HOLD", Instant.now().minus(Duration.ofDays(3))).statusCode(200);
        review("agent").body("orderId", hasItem(order));
        report(order, "PROCESSING", null).statusCode(200).body("status", equalTo("PROCESSING"));
        review("agent").statusCode(200).body("orderId", not(hasItem(order)));
    }

    @Test
    void repeatingTheSameStatusWithoutADateKeepsTheDateItWasPutOnHold() {
        String order = orderId();
        Instant since = Instant.parse("2026-11-01T08:00:00Z");
        report(order, "ON_HOLD", since).statusCode(200);
        report(order, "ON_HOLD", null).statusCode(200).body("since", equalTo(since.toString()));
    }

    @Test
    void aTenantWithoutTheReviewPeriodHasNoList() {
        given().header("Authorization", TestTokens.bearer("zalora", "agent")).when().get(REVIEW)
                .then().statusCode(409).body("type", endsWith("/conflict"));
    }

    @Test
    void onlyTheOrderSystemReportsStatuses() {
        given().header("Authorization", TestTokens.bearer("crazysales", "agent")).contentType("application/json")
                .body(Map.of("status", "ON_HOLD")).when().put("/api/v1/orders/" + orderId() + "/status")
                .then().statusCode(403);
    }

    @Test
    void aStatusThatIsNotACodeIsRejected() {
        report(orderId(), "on hold!", null).statusCode(400).body("errors[0].field", equalTo("status"));
    }

    private static String orderId() {
        return "CS" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse report(String order, String status, Instant since) {
        Map<String, Object> body = new HashMap<>(Map.of("status", status));
        if (since != null) {
            body.put("since", since.toString());
        }
        return given().header("Authorization", TestTokens.bearer("crazysales", "integration"))
                .contentType("application/json").body(body)
                .when().put("/api/v1/orders/" + order + "/status").then();
    }

    private static ValidatableResponse review(String role) {
        return given().header("Authorization", TestTokens.bearer("crazysales", role))
                .queryParam("limit", 1000).when().get(REVIEW).then();
    }
}
