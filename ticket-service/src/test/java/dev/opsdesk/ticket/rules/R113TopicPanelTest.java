package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R113: a task without topics reads «Тема обращения не добавлена» with «Добавить тему»; it may hold several. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R113TopicPanelTest {

    @Test
    void aTaskWithoutTopicsShowsTheSeedTextAndTheAddButton() {
        String id = createId("ozon", "EMAIL", "Вопрос", "panel@example.ru");
        panel("ozon", id).statusCode(200)
                .body("topics", equalTo(List.of()))
                .body("placeholder", equalTo("Тема обращения не добавлена"))
                .body("add.label", equalTo("Добавить тему"))
                .body("add.href", equalTo("/api/v1/tickets/" + id + "/classification"));
    }

    @Test
    void aTaskHoldsSeveralTopicsAndThenHasNoPlaceholder() {
        String id = createId("ozon", "EMAIL", "Вопрос", "panel@example.ru");
        classify("ozon", id, Map.of("topics", List.of(OzonTasks.DELIVERY, OzonTasks.ACCOUNT),
                "orderId", "12345678", "shipmentId", "12345678-0001")).statusCode(200);
        panel("ozon", id).statusCode(200)
                .body("topics", equalTo(List.of(OzonTasks.DELIVERY, OzonTasks.ACCOUNT)))
                .body("placeholder", nullValue());
    }

    @Test
    void thePickerOffersOnlyTheAllowedFintechPath() {
        String id = createId("ozon", "EMAIL", "Вопрос", "panel@example.ru");
        panel("ozon", id).statusCode(200)
                .body("selectable", hasItem("Финансовые сервисы / Ozon Карта / перевод обращения в банк"))
                .body("selectable", not(hasItem("Финансовые сервисы / Рассрочка / Оформление рассрочки")));
    }

    @Test
    void otherTenantsGetNeutralLabels() {
        String id = createId("crazysales", "EMAIL", "Question", "panel@example.com");
        panel("crazysales", id).statusCode(200).body("placeholder", equalTo("No contact topic added"));
    }

    @Test
    void anotherTenantsTaskIsNotFound() {
        String id = createId("ozon", "EMAIL", "Вопрос", "panel@example.ru");
        panel("zalora", id).statusCode(404);
    }

    private static ValidatableResponse panel(String tenant, String id) {
        return given().header("Authorization", TestTokens.bearer(tenant, "agent"))
                .when().get("/api/v1/tickets/" + id + "/topics").then();
    }
}
