package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.ZALORA;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R51: "no", "cannot" and other negative responses are flagged with their span (en, id, ru). */
class R51NegativeLanguageTest {

    @Test
    void everyNegativeWordIsQuoted() {
        String reply = "Sorry, we cannot refund it and there is no other option.";
        List<Finding> fails = of(run(on(CRAZYSALES, "EMAIL").staff(reply).build(), CRAZYSALES, "R51"), "R51", Outcome.FAIL);
        assertEquals(2, fails.size());
        assertQuotes(fails.get(0), reply, "cannot");
        assertQuotes(fails.get(1), reply, "no", reply.indexOf(" no ") + 1);
    }

    @Test
    void wordsThatOnlyContainANegativeWordPass() {
        List<Finding> findings = run(on(CRAZYSALES, "EMAIL")
                .staff("We will gladly send a new unit; nothing else is needed, we noted your address.").build(),
                CRAZYSALES, "R51");
        assertEquals(1, findings.size());
        assertEquals(Outcome.PASS, findings.get(0).outcome());
    }

    @Test
    void customerMessagesAreNotChecked() {
        assertEquals(Outcome.PASS, run(on(CRAZYSALES, "EMAIL").customer("No, I cannot wait").staff("We will ship today.")
                .build(), CRAZYSALES, "R51").get(0).outcome());
    }

    @Test
    void indonesianAndRussianNegativeResponses() {
        String id = "Mohon maaf, pesanan ini tidak bisa dibatalkan kak.";
        assertQuotes(of(run(on(ZALORA, "CHAT").staff(id).build(), ZALORA, "R51"), "R51", Outcome.FAIL).get(0), id,
                "tidak bisa");
        String ru = "К сожалению, вернуть товар нельзя.";
        Finding fail = of(run(on(OZON, "CHAT").staff(ru).build(), OZON, "R51"), "R51", Outcome.FAIL).get(0);
        assertEquals("ru", fail.language());
        assertQuotes(fail, ru, "нельзя");
        assertEquals(Outcome.PASS, run(on(OZON, "CHAT").staff("Вернём деньги завтра.").build(), OZON, "R51").get(0).outcome());
    }
}
