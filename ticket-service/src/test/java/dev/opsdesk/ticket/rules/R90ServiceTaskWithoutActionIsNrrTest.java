package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.addMessage;
import static dev.opsdesk.ticket.TicketRequests.classify;
import static dev.opsdesk.ticket.TicketRequests.close;
import static dev.opsdesk.ticket.TicketRequests.createId;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R90: an internal service task (e.g. to find a customer) closed with no action taken is НТО. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R90ServiceTaskWithoutActionIsNrrTest {

    private static String serviceTask() {
        String id = createId("ozon", "SERVICE_TASK", "Найти клиента", "service@example.ru");
        classify("ozon", id, Map.of("topics", List.of(OzonTasks.ACCOUNT))).statusCode(200);
        return id;
    }

    @Test
    void anUntouchedServiceTaskIsClosedAsNrr() {
        close("ozon", serviceTask(), Map.of("resolution", "NRR")).statusCode(200).body("resolution", equalTo("NRR"));
    }

    @Test
    void anUntouchedServiceTaskCannotBeClosedAsResolved() {
        close("ozon", serviceTask(), Map.of("resolution", "RESOLVED", "facts", Map.of("fullConsultationGiven", true)))
                .statusCode(422).body("rule", equalTo("R90"));
    }

    @Test
    void aServiceTaskSomeoneWorkedOnMayBeResolved() {
        String id = serviceTask();
        addMessage("ozon", id, "STAFF", "INTERNAL", "Клиент найден по телефону").statusCode(201);
        close("ozon", id, Map.of("resolution", "RESOLVED", "facts", Map.of("fullConsultationGiven", true)))
                .statusCode(200);
    }
}
