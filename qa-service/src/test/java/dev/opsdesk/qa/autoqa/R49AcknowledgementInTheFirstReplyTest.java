package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.ZALORA;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.qa.domain.autoqa.Conversation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R49: the first reply acknowledges the contact (en: the seed's phrases verbatim; id; ru). */
class R49AcknowledgementInTheFirstReplyTest {

    @Test
    void theSeedsPhraseThankYouForEmailPasses() {
        String reply = "Hi Ana, Thank you for email. We have sent a replacement today.";
        Finding finding = run(on(CRAZYSALES, "EMAIL").customer("Broken item").staff(reply).build(), CRAZYSALES, "R49").get(0);
        assertEquals(Outcome.PASS, finding.outcome());
        assertQuotes(finding, reply, "Thank you for email.");
    }

    @Test
    void aFirstReplyWithoutAcknowledgementFailsAndNamesTheMessage() {
        Conversation conversation = on(CRAZYSALES, "EMAIL").customer("Broken item")
                .staff("We have sent a replacement today.").staff("Thank you for contacting us again.").build();
        Finding finding = run(conversation, CRAZYSALES, "R49").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
        assertNull(finding.quote());
        assertEquals(conversation.staffReplies().get(0).id(), finding.messageId());
    }

    @Test
    void indonesianAndRussianAcknowledgementsPassAndTheirAbsenceFails() {
        String id = "Terima kasih telah menghubungi kami, pesanan anda sedang diproses.";
        assertQuotes(run(on(ZALORA, "EMAIL").staff(id).build(), ZALORA, "R49").get(0), id, "Terima kasih telah menghubungi");
        assertEquals(Outcome.FAIL, run(on(ZALORA, "EMAIL").staff("Pesanan anda sedang diproses oleh kami.").build(),
                ZALORA, "R49").get(0).outcome());

        String ru = "Спасибо за обращение! Ваш заказ будет доставлен завтра.";
        Finding pass = run(on(OZON, "EMAIL").staff(ru).build(), OZON, "R49").get(0);
        assertEquals("ru", pass.language());
        assertQuotes(pass, ru, "Спасибо за обращение");
        assertEquals(Outcome.FAIL, run(on(OZON, "EMAIL").staff("Ваш заказ будет доставлен завтра.").build(),
                OZON, "R49").get(0).outcome());
    }

    @Test
    void noReplyNoAcknowledgementToCheck() {
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").customer("Newsletter").build(), CRAZYSALES, "R49"));
    }
}
