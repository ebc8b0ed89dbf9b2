package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.close;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R83: Решено / Не решено need a topic; R84: order-related topics need order and shipment numbers. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R83R84TopicAndOrderBeforeClosingTest {

    private static final Map<String, Object> RESOLVED = Map.of("resolution", "RESOLVED",
            "reply", "Заказ будет доставлен завтра.", "facts", Map.of("fullConsultationGiven", true));

    @Test
    void r83_closingAsResolvedWithoutATopicIsRejected() {
        close("ozon", OzonTasks.task("EMAIL", "Где мой заказ"), RESOLVED).statusCode(422).body("rule", equalTo("R83"));
    }

    @Test
    void r83_closingAsResolvedWithATopicIsAccepted() {
        close("ozon", OzonTasks.classifiedTask(OzonTasks.DELIVERY), RESOLVED).statusCode(200)
                .body("resolution", equalTo("RESOLVED"))
                .body("statusCategory", equalTo("SOLVED"));
    }

    @Test
    void r84_anOrderRelatedTopicWithoutTheShipmentNumberIsRejected() {
        String id = OzonTasks.task("EMAIL", "Где мой заказ");
        classify("ozon", id, Map.of("topics", List.of(OzonTasks.DELIVERY), "orderId", "12345678")).statusCode(200);
        close("ozon", id, RESOLVED).statusCode(422).body("rule", equalTo("R84"))
                .body("errors[0].field", equalTo("shipmentId"));
    }

    @Test
    void r84_noOrderTickedIsAccepted() {
        String id = OzonTasks.task("EMAIL", "Где мой заказ");
        classify("ozon", id, Map.of("topics", List.of(OzonTasks.DELIVERY), "noOrder", true)).statusCode(200);
        close("ozon", id, RESOLVED).statusCode(200);
    }

    @Test
    void r84_aTopicThatIsNotOrderRelatedNeedsNoOrder() {
        String id = OzonTasks.task("EMAIL", "Не могу войти");
        classify("ozon", id, Map.of("topics", List.of(OzonTasks.ACCOUNT))).statusCode(200);
        close("ozon", id, RESOLVED).statusCode(200);
    }
}
