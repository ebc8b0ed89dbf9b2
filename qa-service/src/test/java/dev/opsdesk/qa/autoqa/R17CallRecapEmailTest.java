package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.CRAZYSALES;
import static dev.opsdesk.qa.autoqa.Conversations.of;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static dev.opsdesk.qa.autoqa.Quotes.assertQuotes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R17: after an aftersales call the same agent sends the Phone Hotline Recap; R18: and logs its note. */
class R17CallRecapEmailTest {

    private static final String RECAP = "Thanks for contacting our Customer Service Team. We are sending you this email to"
            + " recap what was advised during our phone conversation.\n\n-Late parcel\n-Courier chased";

    @Test
    void theCallAgentsRecapWithItsNotePasses() {
        var findings = run(on(CRAZYSALES, "PHONE").agent("agent-1").classified("Delivery", "10045678")
                .staffAs("agent-1", "Call log: customer asked about the parcel").staffAs("agent-1", RECAP)
                .note("recap-sent-note", Map.of("Ticket ID", "123", "Recap", "Sent recap email to customer")).build(),
                CRAZYSALES, "R17", "R18");
        assertQuotes(of(findings, "R17", Outcome.PASS).get(0), RECAP, "recap what was advised during our phone conversation");
        assertEquals(1, of(findings, "R18", Outcome.PASS).size());
    }

    @Test
    void noRecapAfterAnAftersalesCallFails() {
        var findings = run(on(CRAZYSALES, "PHONE").classified("Delivery", "10045678").staff("Call log").build(),
                CRAZYSALES, "R17", "R18");
        assertEquals(1, of(findings, "R17", Outcome.FAIL).size());
        assertEquals(List.of(), of(findings, "R18", Outcome.FAIL));
    }

    @Test
    void aRecapByAnotherAgentOrWithoutItsNoteFails() {
        var findings = run(on(CRAZYSALES, "PHONE").agent("agent-1").classified("Delivery", "10045678")
                .staffAs("agent-2", RECAP).build(), CRAZYSALES, "R17", "R18");
        assertTrue(of(findings, "R17", Outcome.FAIL).get(0).explanation().contains("agent-2"));
        assertEquals(1, of(findings, "R18", Outcome.FAIL).size());
    }

    @Test
    void aCallWithoutAnOrderOrAnEmailNeedsNoRecap() {
        assertEquals(List.of(), run(on(CRAZYSALES, "PHONE").classified(null, null).staff("Call log").build(),
                CRAZYSALES, "R17", "R18"));
        assertEquals(List.of(), run(on(CRAZYSALES, "EMAIL").classified("Delivery", "1").staff("Hi").build(),
                CRAZYSALES, "R17", "R18"));
    }
}
