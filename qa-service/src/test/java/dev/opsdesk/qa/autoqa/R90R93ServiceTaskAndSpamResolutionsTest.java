package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Outcome;
import org.junit.jupiter.api.Test;

/** R90: an untouched service task is НТО; R93: Спам only for advertising and links, not for a question. */
class R90R93ServiceTaskAndSpamResolutionsTest {

    @Test
    void r90_aServiceTaskWithoutActionMustBeNto() {
        assertEquals(1, of(run(on(OZON, "SERVICE_TASK").resolved("NRR", "CLOSED_NO_ACTION", false).build(), OZON, "R90"),
                "R90", Outcome.PASS).size());
        assertEquals(1, of(run(on(OZON, "SERVICE_TASK").resolved("RESOLVED", "SOLVED", false).build(), OZON, "R90"),
                "R90", Outcome.FAIL).size());
    }

    @Test
    void r93_aCustomersQuestionIsNotSpamButAnAdvertIs() {
        String question = "Когда вернут деньги за заказ?";
        assertQuotes(of(run(on(OZON, "EMAIL").customer(question).resolved("SPAM", "CLOSED_NO_ACTION", false).build(),
                OZON, "R93"), "R93", Outcome.FAIL).get(0), question, "Когда");
        String advert = "Скидки до 90%! Переходите по ссылке https://promo.example";
        assertEquals(Outcome.PASS, run(on(OZON, "EMAIL").customer(advert).resolved("SPAM", "CLOSED_NO_ACTION", false)
                .build(), OZON, "R93").get(0).outcome());
    }
}
