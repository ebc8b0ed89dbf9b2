package dev.opsdesk.ticket.rules;

import static dev.opsdesk.ticket.TicketRequests.close;
import static org.hamcrest.Matchers.equalTo;

import dev.opsdesk.testing.RealInfrastructure;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R97–R110: the facts of the task decide between Решено and Не решено. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class R97R110ResolvedOrNotResolvedTest {

    @ParameterizedTest(name = "{1}: {0} means Не решено")
    @CsvSource({
            "followUpRequestCreated, R103",
            "earlierRequestUnanswered, R104",
            "massOutage, R106",
            "clarifyingQuestionUnanswered, R107",
            "dataRequestedFromCustomer, R108",
            "repeatContactWithoutDetails, R109",
            "directedToBank, R110"})
    void aFactThatOwesTheCustomerMoreRejectsResolved(String fact, String rule) {
        String id = OzonTasks.classifiedTask(OzonTasks.DELIVERY);
        close("ozon", id, Map.of("resolution", "RESOLVED", "reply", "Ответ", "facts", Map.of(fact, true)))
                .statusCode(422).body("rule", equalTo(rule));
        close("ozon", id, Map.of("resolution", "NOT_RESOLVED", "reply", "Ответ", "facts", Map.of(fact, true)))
                .statusCode(200).body("resolution", equalTo("NOT_RESOLVED"));
    }

    @ParameterizedTest(name = "{1}: {0} means Решено")
    @CsvSource({
            "fullConsultationGiven, R97",
            "solvedWithoutWaitingForAssignment, R98",
            "infoOnlyAssignment, R101",
            "testContactOrAlreadySolved, R102"})
    void aFactThatSettlesTheQuestionRejectsNotResolved(String fact, String rule) {
        String id = OzonTasks.classifiedTask(OzonTasks.DELIVERY);
        close("ozon", id, Map.of("resolution", "NOT_RESOLVED", "reply", "Ответ", "facts", Map.of(fact, true)))
                .statusCode(422).body("rule", equalTo(rule));
        close("ozon", id, Map.of("resolution", "RESOLVED", "reply", "Ответ", "facts", Map.of(fact, true)))
                .statusCode(200).body("resolution", equalTo("RESOLVED"));
    }

    @Test
    void r105_legalEntityDocumentsAreNotResolvedEvenWithAnInfoOnlyAssignment() {
        String id = OzonTasks.classifiedTask(OzonTasks.RECONCILIATION);
        close("ozon", id, Map.of("resolution", "RESOLVED", "reply", "Ответ",
                "facts", Map.of("legalEntity", true, "infoOnlyAssignment", true)))
                .statusCode(422).body("rule", equalTo("R105"));
    }
}
