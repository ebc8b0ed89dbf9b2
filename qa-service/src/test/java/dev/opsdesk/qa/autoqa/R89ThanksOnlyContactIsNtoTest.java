package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R89: a contact that is only "Спасибо!" / "Ок" is closed as НТО (ru, en). */
class R89ThanksOnlyContactIsNtoTest {

    @Test
    void aThanksOnlyContactClosedAsNtoPassesAndAsResolvedFails() {
        Finding pass = run(on(OZON, "CHAT").customer("Спасибо!").resolved("NRR", "CLOSED_NO_ACTION", false).build(),
                OZON, "R89").get(0);
        assertEquals(Outcome.PASS, pass.outcome());
        assertEquals("Спасибо!", pass.quote());
        Finding fail = run(on(OZON, "CHAT").customer("Ок").resolved("RESOLVED", "SOLVED", false).build(), OZON, "R89").get(0);
        assertEquals(Outcome.FAIL, fail.outcome());
        assertEquals(Outcome.FAIL, run(on(OZON, "EMAIL").customer("Thank you!").resolved("RESOLVED", "SOLVED", false)
                .build(), OZON, "R89").get(0).outcome());
    }

    @Test
    void aContactWithMoreThanThanksIsNotThanksOnly() {
        assertEquals(List.of(), run(on(OZON, "CHAT").customer("Спасибо, а когда привезут?")
                .resolved("RESOLVED", "SOLVED", false).build(), OZON, "R89"));
    }
}
