package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Conversations.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** R94: never in the seven channels; R95: only with an earlier contact of the customer; R96: same channel only. */
class R94R95R96DuplicateOnlyInTheSameChannelTest {

    private static Finding duplicate(String channel, Conversation.RelatedTicket original, UUID originalId) {
        Conversations.Builder builder = on(OZON, channel).email("ivan@example.ru").customer("Где заказ?");
        if (original != null) {
            builder.related(original);
        }
        List<Finding> findings = run(builder.resolvedAsDuplicateOf("DUPLICATE", "CLOSED_NO_ACTION", false, originalId)
                .build(), OZON, "R94", "R95", "R96");
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    @Test
    void r94_duplicateInChatOrReviewsFails() {
        Finding chat = duplicate("CHAT", null, null);
        assertEquals("R94", chat.rule());
        assertEquals(Outcome.FAIL, chat.outcome());
        assertEquals("R94", duplicate("NPS", null, null).rule());
    }

    @Test
    void r95_aDuplicateOfTheSameCustomersEmailPassesAndWithoutAnOriginalFails() {
        Conversation.RelatedTicket original = ticket("EMAIL", "Где заказ", "ivan@example.ru", "Где заказ?");
        Finding pass = duplicate("EMAIL", original, original.ticketId());
        assertEquals("R95", pass.rule());
        assertEquals(Outcome.PASS, pass.outcome());
        Finding none = duplicate("EMAIL", null, null);
        assertEquals("R95", none.rule());
        assertEquals(Outcome.FAIL, none.outcome());
        Conversation.RelatedTicket someoneElse = ticket("EMAIL", "Где заказ", "olga@example.ru", "Где заказ?");
        assertEquals(Outcome.FAIL, duplicate("EMAIL", someoneElse, someoneElse.ticketId()).outcome());
    }

    @Test
    void r96_aDuplicateOfAContactInAnotherChannelFails() {
        Conversation.RelatedTicket phone = ticket("PHONE", "Где заказ", "ivan@example.ru", "Где заказ?");
        Finding finding = duplicate("EMAIL", phone, phone.ticketId());
        assertEquals("R96", finding.rule());
        assertEquals(Outcome.FAIL, finding.outcome());
    }
}
