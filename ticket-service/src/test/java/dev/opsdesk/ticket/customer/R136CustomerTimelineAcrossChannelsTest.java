package dev.opsdesk.ticket.customer;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static dev.opsdesk.ticket.customer.Customers.customerOf;
import static dev.opsdesk.ticket.customer.Customers.uniqueEmail;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R136, A44: an agent sees the customer's tickets in every channel, newest first. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R136CustomerTimelineAcrossChannelsTest {

    @Test
    void zaloraEmailAndChatTicketsOfOneCustomerAreListedNewestFirst() {
        String email = uniqueEmail("budi");
        String byEmail = createId("zalora", "EMAIL", "Where is my parcel?", email);
        String byChat = createId("zalora", "CHAT", "Chat: parcel still missing", email);
        addMessage("zalora", byEmail, "STAFF", "PUBLIC", "We are checking with the courier.").statusCode(201);

        timeline("zalora", customerOf("zalora", byChat), "")
                .statusCode(200)
                .body("items.id", contains(byChat, byEmail))
                .body("items.channel", contains("CHAT", "EMAIL"))
                .body("items[0].subject", equalTo("Chat: parcel still missing"))
                .body("items[0].status", notNullValue())
                .body("items[0].statusCategory", equalTo("NEW"))
                .body("items[0].createdAt", notNullValue())
                .body("items[0].lastMessageAt", nullValue())
                .body("items[1].lastMessageAt", notNullValue())
                .body("nextCursor", nullValue());
    }

    @Test
    void crazySalesEmailAndPhoneTicketsShareOneTimeline() {
        String email = uniqueEmail("caller");
        String byEmail = createId("crazysales", "EMAIL", "Damaged item", email);
        String byPhone = createId("crazysales", "PHONE", "Call about the damaged item", email.toUpperCase());

        timeline("crazysales", customerOf("crazysales", byEmail), "")
                .statusCode(200)
                .body("items.id", contains(byPhone, byEmail))
                .body("items.channel", contains("PHONE", "EMAIL"));
    }

    @Test
    void anotherTenantCannotReadTheTimeline() {
        String ticket = createId("zalora", "EMAIL", "Private", uniqueEmail("private"));

        timeline("ozon", customerOf("zalora", ticket), "").statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theTimelineIsReadPageByPageWithAnOpaqueCursor() {
        String email = uniqueEmail("pages");
        List<String> created = new ArrayList<>();
        for (String channel : List.of("EMAIL", "CHAT", "EMAIL")) {
            created.add(createId("zalora", channel, "Contact via " + channel, email));
        }
        String customer = customerOf("zalora", created.get(0));

        String cursor = timeline("zalora", customer, "?limit=2")
                .statusCode(200)
                .body("items.id", contains(created.get(2), created.get(1)))
                .body("nextCursor", notNullValue())
                .extract().path("nextCursor");
        timeline("zalora", customer, "?limit=2&cursor=" + cursor)
                .statusCode(200)
                .body("items.id", contains(created.get(0)))
                .body("nextCursor", nullValue());
        timeline("zalora", customer, "?limit=100").body("items", hasSize(3));
    }

    @Test
    void badPagingParametersAre400Problems() {
        String ticket = createId("zalora", "EMAIL", "Paging", uniqueEmail("paging"));
        String customer = customerOf("zalora", ticket);

        timeline("zalora", customer, "?limit=101").statusCode(400).body("errors[0].field", equalTo("limit"));
        timeline("zalora", customer, "?limit=0").statusCode(400);
        timeline("zalora", customer, "?cursor=not-a-cursor").statusCode(400).contentType("application/problem+json");
    }

    private static ValidatableResponse timeline(String tenant, String customerId, String query) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .urlEncodingEnabled(false)
                .when().get("/api/v1/customers/" + customerId + "/timeline" + query).then();
    }
}
