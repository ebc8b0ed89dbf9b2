package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class TicketSearchTest {

    private static JsonPath page(String tenant, String query) {
        return given().header("Authorization", TestTokens.bearer(tenant, "supervisor"))
                .when().get("/api/v1/tickets?" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void pagesWalkEveryMatchingTicketOnceNewestFirst() {
        String requester = "pager-" + UUID.randomUUID() + "@example.com";
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(0, createId("zalora", "EMAIL", "Order " + i, requester));
        }
        List<String> seen = new ArrayList<>();
        String cursor = "";
        do {
            JsonPath page = page("zalora", "requester=" + requester + "&limit=2&cursor=" + cursor);
            seen.addAll(page.getList("items.id"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(created, seen);
    }

    @Test
    void filtersCombineAndStayInsideTheTenant() {
        String requester = "filter-" + UUID.randomUUID() + "@example.com";
        createId("zalora", "CHAT", "Chat one", requester);
        createId("zalora", "EMAIL", "Mail one", requester);
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get("/api/v1/tickets?requester=" + requester + "&channel=CHAT")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].subject", equalTo("Chat one"))
                .body("nextCursor", nullValue());
        given().header("Authorization", TestTokens.bearer("crazysales", "agent"))
                .when().get("/api/v1/tickets?requester=" + requester)
                .then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aTopicFindsTheTicketsClassifiedUnderIt() {
        String requester = "topic-" + UUID.randomUUID() + "@example.ru";
        String id = createId("ozon", "EMAIL", "Доставка", requester);
        dev.opsdesk.ticket.TicketRequests.classify("ozon", id, java.util.Map.of("topics",
                List.of("Заказы / Доставка / Статус доставки"))).statusCode(200);
        createId("ozon", "EMAIL", "Другое", requester);
        given().header("Authorization", TestTokens.bearer("ozon", "agent"))
                .queryParam("requester", requester).queryParam("topic", "Заказы / Доставка / Статус доставки")
                .when().get("/api/v1/tickets")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void badParametersAre422NotA500() {
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get("/api/v1/tickets?limit=1000").then().statusCode(422).body("errors[0].field", equalTo("limit"));
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get("/api/v1/tickets?cursor=garbage").then().statusCode(422).body("errors[0].field", equalTo("cursor"));
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get("/api/v1/tickets?statusCategory=NOPE").then().statusCode(422);
        given().header("Authorization", TestTokens.bearer("zalora", "agent"))
                .when().get("/api/v1/tickets?createdFrom=yesterday").then().statusCode(422);
    }
}
