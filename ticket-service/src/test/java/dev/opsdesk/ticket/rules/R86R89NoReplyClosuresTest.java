package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.close;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R86: no reply on НТО / Дубликат unless the bot promised one; R89: a bare "Спасибо!" is НТО without a reply. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R86R89NoReplyClosuresTest {

    @Test
    void r86_replyingWhileClosingAsNrrIsRejected() {
        close("ozon", OzonTasks.task("EMAIL", "Получил, всё хорошо"),
                Map.of("resolution", "NRR", "reply", "Рады помочь!"))
                .statusCode(422).body("rule", equalTo("R86"));
    }

    @Test
    void r86_theBotsPromiseAllowsTheReply() {
        close("ozon", OzonTasks.task("EMAIL", "Получил, всё хорошо"),
                Map.of("resolution", "NRR", "reply", "Рады помочь!", "facts", Map.of("botPromisedAgentReply", true)))
                .statusCode(200).body("resolution", equalTo("NRR"));
    }

    @Test
    void r89_aBareThanksIsClosedAsNrrWithoutAReply() {
        close("ozon", OzonTasks.task("CHAT", "Спасибо!"), Map.of("resolution", "NRR"))
                .statusCode(200).body("statusCategory", equalTo("CLOSED_NO_ACTION"));
    }

    @Test
    void r89_replyingToABareThanksIsRejected() {
        close("ozon", OzonTasks.task("CHAT", "Ок"), Map.of("resolution", "RESOLVED", "reply", "Обращайтесь!"))
                .statusCode(422).body("rule", equalTo("R89"));
    }
}
