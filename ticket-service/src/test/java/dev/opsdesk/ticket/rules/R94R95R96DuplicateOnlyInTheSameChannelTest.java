package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.close;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R94: no Дубликат in chat etc.; R95: it needs another contact of the customer; R96: never across channels. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R94R95R96DuplicateOnlyInTheSameChannelTest {

    @Test
    void r94_duplicateIsNotUsedInChat() {
        String first = OzonTasks.task("CHAT", "Где заказ");
        String second = OzonTasks.task("CHAT", "Где заказ");
        close("ozon", second, Map.of("resolution", "DUPLICATE", "duplicateOf", first))
                .statusCode(422).body("rule", equalTo("R94"));
    }

    @Test
    void r95_aDuplicateOfTheSameCustomersEmailIsAccepted() {
        String first = OzonTasks.task("EMAIL", "Где заказ");
        String second = OzonTasks.task("EMAIL", "Где заказ (повторно)");
        close("ozon", second, Map.of("resolution", "DUPLICATE", "duplicateOf", first))
                .statusCode(200).body("resolution", equalTo("DUPLICATE"));
    }

    @Test
    void r95_aDuplicateOfAnotherCustomersTaskIsRejected() {
        // (an e-mail whose customer cannot be linked is R91's НТО instead; see R91UnlinkableDuplicateEmailIsNrrTest)
        String someoneElse = createId("ozon", "PHONE", "Где заказ", "other-customer@example.ru");
        String mine = OzonTasks.task("PHONE", "Где заказ");
        close("ozon", mine, Map.of("resolution", "DUPLICATE", "duplicateOf", someoneElse))
                .statusCode(422).body("rule", equalTo("R95"));
    }

    @Test
    void r95_aDuplicateNamingNoOtherTaskIsRejected() {
        String mine = OzonTasks.task("EMAIL", "Где заказ");
        close("ozon", mine, Map.of("resolution", "DUPLICATE")).statusCode(422).body("rule", equalTo("R95"));
    }

    @Test
    void r96_theSameQuestionInAnotherChannelIsNotADuplicate() {
        String byPhone = createId("ozon", "PHONE", "Где заказ", "client-email@example.ru");
        String byEmail = OzonTasks.task("EMAIL", "Где заказ");
        close("ozon", byEmail, Map.of("resolution", "DUPLICATE", "duplicateOf", byPhone))
                .statusCode(422).body("rule", equalTo("R96"));
    }
}
