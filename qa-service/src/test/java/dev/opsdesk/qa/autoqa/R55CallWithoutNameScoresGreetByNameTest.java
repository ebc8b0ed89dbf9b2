package dev.opsdesk.qa.autoqa;

import static dev.opsdesk.qa.autoqa.Conversations.ZALORA;
import static dev.opsdesk.qa.autoqa.Conversations.on;
import static dev.opsdesk.qa.autoqa.Conversations.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.opsdesk.qa.domain.autoqa.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R55: a call without a customer name in Xcally scores the greet-by-name part of 1.1 Y automatically. */
class R55CallWithoutNameScoresGreetByNameTest {

    @Test
    void aCallWithoutANameIsAutoYAndWithANameIsLeftToTheReviewer() {
        assertEquals(Outcome.PASS, run(on(ZALORA, "CALL").staff("Zalora selamat pagi").build(), ZALORA, "R55")
                .get(0).outcome());
        assertEquals(List.of(), run(on(ZALORA, "CALL").customerName("Ravi").staff("Zalora selamat pagi").build(),
                ZALORA, "R55"));
        assertEquals(List.of(), run(on(ZALORA, "EMAIL").staff("Hi").build(), ZALORA, "R55"));
    }
}
