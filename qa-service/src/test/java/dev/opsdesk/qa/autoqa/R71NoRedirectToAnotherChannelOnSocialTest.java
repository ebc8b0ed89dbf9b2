package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.ZALORA;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Outcome;
import org.junit.jupiter.api.Test;

/** R71: a social reply does not send the customer to chat or phone ("silahkan chat atau telpon kami"). */
class R71NoRedirectToAnotherChannelOnSocialTest {

    @Test
    void theSeedsExampleFailsInIndonesian() {
        String reply = "Untuk pengecekan lebih lanjut silahkan chat atau telpon kami ya kak.";
        var fails = of(run(on(ZALORA, "SOSMED").staff(reply).build(), ZALORA, "R71"), "R71", Outcome.FAIL);
        assertEquals(2, fails.size());
        assertQuotes(fails.get(0), reply, "silahkan chat");
        assertQuotes(fails.get(1), reply, "telpon kami");
    }

    @Test
    void englishAndRussianRedirectsFailAndAnAnswerHerePasses() {
        String en = "For this please chat with us on the website.";
        assertQuotes(of(run(on(ZALORA, "SOSMED").staff(en).build(), ZALORA, "R71"), "R71", Outcome.FAIL).get(0), en,
                "please chat with us");
        String ru = "По этому вопросу позвоните нам, пожалуйста.";
        assertQuotes(of(run(on(OZON, "VK_PRIVATE_MESSAGE").staff(ru).build(), OZON, "R71"), "R71", Outcome.FAIL).get(0),
                ru, "позвоните нам");
        assertEquals(Outcome.PASS, run(on(ZALORA, "SOSMED").staff("Refund kakak sudah kami proses hari ini.").build(),
                ZALORA, "R71").get(0).outcome());
    }
}
