package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R21: an eBay customer sends photos through eBay messaging, not to ozauction@gmail.com. */
class R21EbayPhotosThroughEbayMessagingTest {

    @Test
    void anExternalMailboxFailsQuotingTheAddress() {
        String reply = "Please send photos of the damage to ozauction@gmail.com so we can help.";
        Finding finding = run(on(CRAZYSALES, "EBAY").staff(reply).build(), CRAZYSALES, "R21").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
        assertQuotes(finding, reply, "ozauction@gmail.com");
    }

    @Test
    void ebayMessagingPassesAlsoForAnEbayStoreEmail() {
        String reply = "Please send photos of the damage through eBay messaging.";
        Finding finding = run(on(CRAZYSALES, "EMAIL").store("eBay").staff(reply).build(), CRAZYSALES, "R21").get(0);
        assertEquals(Outcome.PASS, finding.outcome());
        assertQuotes(finding, reply, "through eBay");
    }

    @Test
    void otherStoresAndRepliesWithoutAPhotoRequestAreNotChecked() {
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").store("AU")
                .staff("Please send photos to support@crazysales.com.au").build(), CRAZYSALES, "R21"));
        assertEquals(List.of(), run(on(CRAZYSALES, "EBAY").staff("Your refund is on its way.").build(), CRAZYSALES, "R21"));
    }
}
