package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.close;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** R93: Спам only for advertising, bare links or questions unrelated to the business. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R93SpamNeedsItsKindTest {

    @Test
    void advertisingIsSpam() {
        close("ozon", OzonTasks.task("EMAIL", "Купите наши окна"), Map.of("resolution", "SPAM", "spamKind", "ADVERTISING"))
                .statusCode(200).body("resolution", equalTo("SPAM"));
    }

    @Test
    void spamWithoutSayingWhyIsRejected() {
        close("ozon", OzonTasks.task("EMAIL", "Купите наши окна"), Map.of("resolution", "SPAM"))
                .statusCode(422).body("rule", equalTo("R93"));
    }
}
