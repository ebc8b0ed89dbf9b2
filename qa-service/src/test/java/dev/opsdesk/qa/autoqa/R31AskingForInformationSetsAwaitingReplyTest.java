package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.OZON;
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

/** R31: after asking the customer for information the ticket waits for them (Awaiting-Reply). */
class R31AskingForInformationSetsAwaitingReplyTest {

    private static final String ASK = "Thank you for email. Please send us a photo of the damage.";

    @Test
    void askingAndSettingAwaitingReplyPasses() {
        Finding finding = run(on(CRAZYSALES, "EMAIL").customer("Broken").staff(ASK)
                .status("AWAITING_REPLY", "WAITING_CUSTOMER").customer("Here it is").build(), CRAZYSALES, "R31").get(0);
        assertEquals(Outcome.PASS, finding.outcome());
        assertQuotes(finding, ASK, "Please send us");
    }

    @Test
    void askingAndLeavingItInProgressOrResolvingFails() {
        Finding finding = run(on(CRAZYSALES, "EMAIL").customer("Broken").staff(ASK).status("IN_PROGRESS", "WAITING_INTERNAL")
                .build(), CRAZYSALES, "R31").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
        assertTrue(finding.explanation().contains("IN_PROGRESS"));
        assertEquals(Outcome.FAIL, run(on(CRAZYSALES, "EMAIL").staff(ASK).resolved("RESOLVED", "SOLVED", false).build(),
                CRAZYSALES, "R31").get(0).outcome());
    }

    @Test
    void ebayTicketsAndRepliesWithoutARequestAreNotChecked() {
        assertEquals(List.of(), run(on(CRAZYSALES, "EBAY").staff(ASK).status("IN_PROGRESS", "WAITING_INTERNAL").build(),
                CRAZYSALES, "R31"));
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").staff("Your replacement ships today.")
                .resolved("RESOLVED", "SOLVED", false).build(), CRAZYSALES, "R31"));
    }

    @Test
    void indonesianAndRussianRequests() {
        String id = "Mohon kirimkan foto produk yang rusak ya kak.";
        assertQuotes(run(on(ZALORA, "EMAIL").staff(id).status("PENDING", "WAITING_CUSTOMER").build(), ZALORA, "R31").get(0),
                id, "Mohon kirimkan");
        String ru = "Пришлите, пожалуйста, фото упаковки.";
        Finding fail = run(on(OZON, "CHAT").staff(ru).resolved("RESOLVED", "SOLVED", false).build(), OZON, "R31").get(0);
        assertEquals(Outcome.FAIL, fail.outcome());
        assertQuotes(fail, ru, "Пришлите");
    }
}
