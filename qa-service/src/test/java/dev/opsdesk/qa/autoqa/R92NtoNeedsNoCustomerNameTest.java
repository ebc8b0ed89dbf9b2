package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R92: on a task closed as НТО, not addressing the customer by name is not a defect; elsewhere it is. */
class R92NtoNeedsNoCustomerNameTest {

    private static final String UNNAMED = "Добрый день! Передали информацию в службу доставки.";

    @Test
    void anUnnamedReplyOnANtoTaskIsNoDefect() {
        List<Finding> findings = run(on(OZON, "EMAIL").customerName("Анна").customer("Спасибо!").staff(UNNAMED)
                .resolved("NRR", "CLOSED_NO_ACTION", true).build(), OZON, "R57", "R92");
        assertEquals(List.of(), of(findings, "R57", Outcome.FAIL));
        assertEquals(1, of(findings, "R92", Outcome.PASS).size(), findings.toString());
    }

    @Test
    void theSameReplyOnAResolvedTaskIsADefect() {
        List<Finding> findings = run(on(OZON, "EMAIL").customerName("Анна").customer("Где мой заказ?").staff(UNNAMED)
                .resolved("RESOLVED", "SOLVED", true).build(), OZON, "R57", "R92");
        assertEquals(1, of(findings, "R57", Outcome.FAIL).size(), findings.toString());
        assertEquals(List.of(), of(findings, "R92", Outcome.PASS));
    }

    @Test
    void theNameCountOnAChatIsNotRequiredOnNtoEither() {
        List<Finding> findings = run(on(OZON, "CHAT").customerName("Анна").customer("Ок").staff(UNNAMED)
                .resolved("NRR", "CLOSED_NO_ACTION", true).build(), OZON, "R68", "R92");
        assertEquals(List.of(), of(findings, "R68", Outcome.FAIL));
        assertEquals(1, of(findings, "R92", Outcome.PASS).size());
    }
}
