package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R87: not НТО for questions or dissatisfaction; R88: not for wishes, feedback or thanks about people (ru, en). */
class R87R88NtoIsNotForQuestionsOrFeedbackTest {

    @Test
    void r87_aQuestionOrDissatisfactionClosedAsNtoFails() {
        String question = "Почему заказ до сих пор не пришёл?";
        assertQuotes(of(run(on(OZON, "EMAIL").customer(question).resolved("NRR", "CLOSED_NO_ACTION", false).build(),
                OZON, "R87"), "R87", Outcome.FAIL).get(0), question, "Почему");
        String unhappy = "Я очень недовольна доставкой";
        assertQuotes(of(run(on(OZON, "EMAIL").customer(unhappy).resolved("NRR", "CLOSED_NO_ACTION", false).build(),
                OZON, "R87"), "R87", Outcome.FAIL).get(0), unhappy, "недовольна");
        String english = "I am disappointed with the courier";
        assertQuotes(of(run(on(OZON, "EMAIL").customer(english).resolved("NRR", "CLOSED_NO_ACTION", false).build(),
                OZON, "R87"), "R87", Outcome.FAIL).get(0), english, "disappointed");
    }

    @Test
    void r88_theSeedsFeedbackExampleClosedAsNtoFails() {
        String feedback = "Сотрудник ПВЗ на улице Энгельса очень внимательная, выдайте премию";
        assertQuotes(of(run(on(OZON, "EMAIL").customer(feedback).resolved("NRR", "CLOSED_NO_ACTION", false).build(),
                OZON, "R88"), "R88", Outcome.FAIL).get(0), feedback, "Сотрудник");
    }

    @Test
    void aPlainThanksClosedAsNtoAndAQuestionResolvedAreFine() {
        assertEquals(List.of(), run(on(OZON, "CHAT").customer("Спасибо!").resolved("NRR", "CLOSED_NO_ACTION", false).build(),
                OZON, "R87", "R88"));
        assertEquals(List.of(), run(on(OZON, "CHAT").customer("Почему заказ не пришёл?").staff("Он в пути")
                .resolved("RESOLVED", "SOLVED", true).build(), OZON, "R87", "R88"));
    }
}
