package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.ZALORA;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R79: further help offered (5.1) and the standard closing in the last reply (5.2), in id, en and ru. */
class R79OfferOfFurtherHelpAndStandardClosingTest {

    private static Finding check(List<Finding> findings, String check) {
        return findings.stream().filter(f -> check.equals(f.check())).findFirst().orElseThrow();
    }

    @Test
    void indonesianChatWithTheOfferAndTheZaloraClosingPassesBoth() {
        String offer = "Pesanan kakak sudah dikirim. Ada lagi yang dapat dibantu?";
        String closing = "Terima kasih telah menghubungi Zalora, selamat sore.";
        List<Finding> findings = run(on(ZALORA, "CHAT").customer("Pesanan saya?").staff(offer).customer("Tidak, terima kasih")
                .staff(closing).build(), ZALORA, "R79");
        assertQuotes(check(findings, "further-help"), offer, "Ada lagi yang dapat dibantu");
        assertQuotes(check(findings, "closing"), closing, "Terima kasih telah menghubungi Zalora");
        assertEquals(2, findings.stream().filter(f -> f.outcome() == Outcome.PASS).count());
    }

    @Test
    void aClosingWithoutTheBrandOrAnOfferFails() {
        List<Finding> findings = run(on(ZALORA, "EMAIL").staff("Pesanan anda sudah dikirim. Salam.").build(), ZALORA, "R79");
        assertEquals(Outcome.FAIL, check(findings, "further-help").outcome());
        assertEquals(Outcome.FAIL, check(findings, "closing").outcome());
    }

    @Test
    void englishOfferAndClosingOnTheEnglishChatLine() {
        String reply = "Your refund is done. Is there anything else I can help with? Thank you for contacting Zalora!";
        List<Finding> findings = run(on(ZALORA, "CHAT_ENG").staff(reply).build(), ZALORA, "R79");
        assertEquals("en", check(findings, "closing").language());
        assertQuotes(check(findings, "further-help"), reply, "Is there anything else");
        assertQuotes(check(findings, "closing"), reply, "Thank you for contacting Zalora");
    }

    @Test
    void russianOfferPassesAndAMissingOneFails() {
        String reply = "Заказ передан в доставку. Могу ещё чем-то помочь? Всего доброго!";
        List<Finding> findings = run(on(OZON, "CHAT").staff(reply).build(), OZON, "R79");
        assertQuotes(check(findings, "further-help"), reply, "Могу ещё чем-то помочь");
        assertQuotes(check(findings, "closing"), reply, "Всего доброго");
        assertEquals(Outcome.FAIL, check(run(on(OZON, "CHAT").staff("Заказ передан в доставку.").build(), OZON, "R79"),
                "further-help").outcome());
    }
}
