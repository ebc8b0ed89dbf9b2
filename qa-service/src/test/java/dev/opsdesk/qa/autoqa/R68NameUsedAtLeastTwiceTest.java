package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.ZALORA;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R68: on a call or chat the customer's name is used at least twice (any language: names are counted). */
class R68NameUsedAtLeastTwiceTest {

    @Test
    void twoUsesAcrossRepliesPassQuotingTheSecond() {
        String second = "Baik kak Ravi, refund sudah diproses.";
        Finding finding = run(on(ZALORA, "CHAT").customerName("Ravi").staff("Halo Ravi, ada yang bisa dibantu?")
                .customer("Refund saya").staff(second).build(), ZALORA, "R68").get(0);
        assertEquals(Outcome.PASS, finding.outcome());
        assertQuotes(finding, second, "Ravi");
    }

    @Test
    void oneUseFailsAndQuotesIt() {
        String only = "Good morning Maria, your parcel arrives tomorrow.";
        Finding finding = run(on(ZALORA, "CALL_ENG").customerName("Maria").staff(only)
                .staff("Anything else I can help with?").build(), ZALORA, "R68").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
        assertQuotes(finding, only, "Maria");
        assertTrue(finding.explanation().contains("1 time"));
    }

    @Test
    void noUseFailsWithoutAQuoteAndAnUnknownNameIsNotCounted() {
        Finding none = run(on(ZALORA, "CHAT").customerName("Ravi").staff("Halo kak, pesanan sudah dikirim.").build(),
                ZALORA, "R68").get(0);
        assertEquals(Outcome.FAIL, none.outcome());
        assertEquals(null, none.quote());
        assertEquals(List.of(), run(on(ZALORA, "CHAT").staff("Halo kak").build(), ZALORA, "R68"));
    }
}
