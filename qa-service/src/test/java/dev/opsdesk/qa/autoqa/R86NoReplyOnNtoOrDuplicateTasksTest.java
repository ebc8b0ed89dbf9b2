package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R86: no reply to a task closed as НТО or Дубликат, unless the chat-bot promised an employee's answer. */
class R86NoReplyOnNtoOrDuplicateTasksTest {

    @Test
    void aReplyOnANtoTaskFailsQuotingTheReply() {
        String reply = "Пожалуйста! Хорошего дня.";
        Finding finding = run(on(OZON, "CHAT").customer("Спасибо!").staff(reply)
                .resolved("NRR", "CLOSED_NO_ACTION", true).build(), OZON, "R86").get(0);
        assertEquals(Outcome.FAIL, finding.outcome());
        assertQuotes(finding, reply, reply);
    }

    @Test
    void theChatBotsPromiseAllowsTheReplyInRussianAndEnglish() {
        String promise = "Я передал ваш вопрос. Вернётся сотрудник с ответом.";
        Finding ru = run(on(OZON, "CHAT").customer("Где заказ?").bot(promise).customer("Спасибо").staff("Заказ в пути.")
                .resolved("NRR", "CLOSED_NO_ACTION", true).build(), OZON, "R86").get(0);
        assertEquals(Outcome.PASS, ru.outcome());
        assertQuotes(ru, promise, "Вернётся сотрудник с ответом");
        Finding en = run(on(OZON, "CHAT").customer("Where is it?").bot("An employee will get back to you shortly.")
                .customer("ok").staff("It is on its way.").resolved("DUPLICATE", "CLOSED_NO_ACTION", true).build(),
                OZON, "R86").get(0);
        assertEquals(Outcome.PASS, en.outcome());
        assertEquals("en", en.language());
    }

    @Test
    void noReplyPassesAndOtherResolutionsAreNotChecked() {
        assertEquals(Outcome.PASS, run(on(OZON, "EMAIL").customer("Спасибо!").resolved("NRR", "CLOSED_NO_ACTION", false)
                .build(), OZON, "R86").get(0).outcome());
        assertEquals(List.of(), run(on(OZON, "EMAIL").customer("Где заказ?").staff("В пути")
                .resolved("RESOLVED", "SOLVED", true).build(), OZON, "R86"));
    }
}
