package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R33: a replied ticket has a TYPE, and not one its first message contradicts (the tenant's TYPE hints). */
class R33WrongOrMissingTypeLowersToolsTest {

    private static final String ASK = "Hello, I would like a refund for order 10045678, it arrived broken.";

    @Test
    void aMissingTypeFails() {
        Finding finding = run(on(CRAZYSALES, "EMAIL").customer(ASK).staff("Thank you for email.").build(),
                CRAZYSALES, "R33").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
    }

    @Test
    void aTypeTheMessageContradictsFailsQuotingTheHint() {
        Finding finding = run(on(CRAZYSALES, "EMAIL").classified("Delivery", "10045678").customer(ASK)
                .staff("Thank you for email.").build(), CRAZYSALES, "R33").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
        assertQuotes(finding, ASK, "refund");
        assertTrue(finding.explanation().contains("Refund"));
    }

    @Test
    void theMatchingTypeOrAnUnhintedTypePasses() {
        assertEquals(Outcome.PASS, run(on(CRAZYSALES, "EMAIL").classified("Refund", "10045678").customer(ASK)
                .staff("Thank you for email.").build(), CRAZYSALES, "R33").get(0).outcome());
        assertEquals(Outcome.PASS, run(on(CRAZYSALES, "EMAIL").classified("Warranty", null).customer("My lamp flickers")
                .staff("Thank you for email.").build(), CRAZYSALES, "R33").get(0).outcome());
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").customer(ASK).build(), CRAZYSALES, "R33"));
    }
}
