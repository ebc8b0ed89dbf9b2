package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Conversations.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R47: after a merge the next reply addresses every merged ticket's concern (its order or its subject). */
class R47OneReplyAddressesAllMergedTicketsTest {

    private final Conversation.RelatedTicket invoice = ticket("EMAIL", "Invoice request", "ana@example.com",
            "Can I get an invoice for order 10045678?");
    private final Conversation.RelatedTicket parcel = ticket("EMAIL", "Where is my parcel", "ana@example.com",
            "My parcel has not arrived.");

    @Test
    void aReplyThatCoversEveryMergedConcernPasses() {
        Finding finding = run(on(CRAZYSALES, "EMAIL").customer("Chair is broken").merged(invoice, parcel)
                .staff("Thank you for email. The invoice for 10045678 is attached, your parcel arrives Monday and the"
                        + " chair is replaced.").build(), CRAZYSALES, "R47").get(0);
        assertEquals(Outcome.PASS, finding.outcome());
    }

    @Test
    void aReplyThatLeavesAMergedConcernOutFailsNamingTheTicket() {
        Conversation conversation = on(CRAZYSALES, "EMAIL").customer("Chair is broken").merged(invoice, parcel)
                .staff("Thank you for email. The chair is replaced.").build();
        Finding finding = run(conversation, CRAZYSALES, "R47").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
        assertTrue(finding.explanation().contains(invoice.ticketId().toString()), finding.explanation());
        assertTrue(finding.explanation().contains(parcel.ticketId().toString()), finding.explanation());
        assertEquals(conversation.staffReplies().get(0).id(), finding.messageId());
    }

    @Test
    void withoutAMergeOrAReplyAfterItThereIsNothingToCheck() {
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").staff("Hi").build(), CRAZYSALES, "R47"));
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").staff("Hi").merged(invoice).build(), CRAZYSALES, "R47"));
    }
}
