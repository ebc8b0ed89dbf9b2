package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.OZON;
import static dev.opsdesk.qa.autoqa.Conversations.ZALORA;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R57: "Hi <name>" passes; "dear customer" or a phone number as the name fails (id, en, ru). */
class R57GreetingUsesTheCustomersNameTest {

    @Test
    void indonesianHiWithTheNamePassesAndQuotesTheGreeting() {
        String reply = "Hi Ravi, terima kasih telah menghubungi Zalora. Pesanan anda sudah dikirim.";
        List<Finding> findings = run(on(ZALORA, "EMAIL").customerName("Ravi Kumar").customer("Pesanan saya di mana?")
                .staff(reply).build(), ZALORA, "R57");
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(Outcome.PASS, findings.get(0).outcome());
        assertEquals("id", findings.get(0).language());
        assertQuotes(findings.get(0), reply, "Hi Ravi");
    }

    @Test
    void indonesianDearCustomerFailsAndQuotesIt() {
        String reply = "Dear customer, pesanan anda sedang dalam pengiriman dengan kurir kami.";
        List<Finding> fails = of(run(on(ZALORA, "SOSMED").customerName("Ravi").customer("Kapan sampai?")
                .staff(reply).build(), ZALORA, "R57"), "R57", Outcome.FAIL);
        assertEquals(1, fails.size());
        assertQuotes(fails.get(0), reply, "Dear customer");
    }

    @Test
    void aPhoneNumberUsedAsTheNameFails() {
        String reply = "Dear 08111234567, pesanan anda sudah kami proses.";
        List<Finding> fails = of(run(on(ZALORA, "WET_TICKET").customerName("Ravi").staff(reply).build(), ZALORA, "R57"),
                "R57", Outcome.FAIL);
        assertEquals(1, fails.size());
        assertQuotes(fails.get(0), reply, "Dear 08111234567");
    }

    @Test
    void englishGreetingWithTheNamePassesAndWithoutItFails() {
        String good = "Hello Maria, thank you for contacting Zalora. Your order is on the way.";
        Finding pass = run(on(ZALORA, "EMAIL").customerName("Maria Santos").staff(good).build(), ZALORA, "R57").get(0);
        assertEquals(Outcome.PASS, pass.outcome());
        assertEquals("en", pass.language());
        assertQuotes(pass, good, "Hello Maria");

        String bad = "Hello there, thank you for your email. Your order is on the way.";
        Finding fail = run(on(ZALORA, "EMAIL").customerName("Maria Santos").staff(bad).build(), ZALORA, "R57").get(0);
        assertEquals(Outcome.FAIL, fail.outcome());
        assertTrue(fail.explanation().contains("Maria"), fail.explanation());
    }

    @Test
    void russianGreetingByNamePassesAndUvazhaemyKlientFails() {
        String good = "Здравствуйте, Анна! Ваш заказ уже в пункте выдачи.";
        Finding pass = run(on(OZON, "EMAIL").customerName("Анна").staff(good).build(), OZON, "R57").get(0);
        assertEquals(Outcome.PASS, pass.outcome());
        assertEquals("ru", pass.language());
        assertQuotes(pass, good, "Здравствуйте, Анна");

        String bad = "Уважаемый клиент, ваш заказ уже в пункте выдачи.";
        List<Finding> fails = of(run(on(OZON, "EMAIL").customerName("Анна").staff(bad).build(), OZON, "R57"),
                "R57", Outcome.FAIL);
        assertEquals(1, fails.size());
        assertQuotes(fails.get(0), bad, "Уважаемый клиент");
    }

    @Test
    void aGenericAddressInALaterReplyFailsToo() {
        String later = "Dear customer, refund sudah kami proses.";
        List<Finding> findings = run(on(ZALORA, "EMAIL").customerName("Ravi").staff("Hi Ravi, pesanan anda sudah dikirim.")
                .customer("Terima kasih").staff(later).build(), ZALORA, "R57");
        assertEquals(1, of(findings, "R57", Outcome.PASS).size());
        assertQuotes(of(findings, "R57", Outcome.FAIL).get(0), later, "Dear customer");
    }

    @Test
    void withoutAReplyThereIsNoGreetingToCheck() {
        assertEquals(List.of(), run(on(ZALORA, "EMAIL").customerName("Ravi").customer("Halo?").build(), ZALORA, "R57"));
    }
}
