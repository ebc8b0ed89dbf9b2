package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.classify;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R85: Fintech topics are not used, except «Финансовые сервисы → Ozon Карта → перевод обращения в банк». */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R85FintechTopicsAreBlockedTest {

    @Test
    void theAllowListedFintechPathIsAccepted() {
        classify("ozon", OzonTasks.task("CHAT", "Хочу перевести обращение в банк"),
                Map.of("topics", List.of("Финансовые сервисы / Ozon Карта / перевод обращения в банк")))
                .statusCode(200)
                .body("topics", hasItem("Финансовые сервисы / Ozon Карта / перевод обращения в банк"));
    }

    @Test
    void anyOtherFintechTopicIsRejected() {
        classify("ozon", OzonTasks.task("CHAT", "Как оформить рассрочку"),
                Map.of("topics", List.of("Финансовые сервисы / Рассрочка / Оформление рассрочки")))
                .statusCode(422)
                .body("rule", equalTo("R85"));
    }
}
