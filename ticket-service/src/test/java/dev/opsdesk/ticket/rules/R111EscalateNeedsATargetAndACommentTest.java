package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.close;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R111 (A22): «Не решено - Эскалировать» names the receiving employee and a comment; the task stays open. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R111EscalateNeedsATargetAndACommentTest {

    @Test
    void escalatingWithoutATargetIsRejected() {
        close("ozon", OzonTasks.task("EMAIL", "Сложный вопрос"),
                Map.of("resolution", "NOT_RESOLVED_ESCALATE", "comment", "нужен юрист"))
                .statusCode(422).body("rule", equalTo("R111")).body("errors[0].field", equalTo("escalateTo"));
    }

    @Test
    void escalatingTransfersTheTaskAndKeepsItOpen() {
        close("ozon", OzonTasks.task("EMAIL", "Сложный вопрос"),
                Map.of("resolution", "NOT_RESOLVED_ESCALATE", "escalateTo", "legal.team", "comment", "нужен юрист"))
                .statusCode(200)
                .body("statusCategory", equalTo("TRANSFERRED"))
                .body("ownerId", equalTo("legal.team"))
                .body("closedAt", nullValue());
    }
}
