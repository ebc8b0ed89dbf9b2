package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.close;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R87: questions or dissatisfaction are never НТО; R88: feedback or thanks about the service are not НТО. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R87R88NrrIsNotForQuestionsOrFeedbackTest {

    @Test
    void r87_aCustomerQuestionCannotBeClosedAsNrr() {
        close("ozon", OzonTasks.task("EMAIL", "А когда будет возврат?"), Map.of("resolution", "NRR"))
                .statusCode(422).body("rule", equalTo("R87"));
    }

    @Test
    void r87_statedDissatisfactionCannotBeClosedAsNrr() {
        close("ozon", OzonTasks.task("EMAIL", "Курьер опоздал на три часа"),
                Map.of("resolution", "NRR", "facts", Map.of("customerDissatisfied", true)))
                .statusCode(422).body("rule", equalTo("R87"));
    }

    @Test
    void r88_feedbackAboutThePickupPointCannotBeClosedAsNrr() {
        close("ozon", OzonTasks.task("EMAIL", "Сотрудник ПВЗ очень внимательный, дайте ему премию"),
                Map.of("resolution", "NRR", "facts", Map.of("feedbackOrThanksAboutService", true)))
                .statusCode(422).body("rule", equalTo("R88"));
    }

    @Test
    void r87_r88_aPlainNoActionContactIsNrr() {
        close("ozon", OzonTasks.task("EMAIL", "Рассылка: скидки недели"), Map.of("resolution", "NRR"))
                .statusCode(200);
    }
}
