package dev.opsdesk.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A47: default-yes items are left out of numerator and denominator unless a report includes them. */
class A47DefaultItemsAreCountedApartTest {

    private static EvaluationSummary.Item item(String id, String severity, String result, String provenance) {
        return new EvaluationSummary.Item(id, severity, result, provenance);
    }

    @Test
    void defaultItemsCountOnlyInTheFiguresWithDefaults() {
        EvaluationSummary s = EvaluationSummary.of(List.of(
                item("1.1", "NCE", "N", "SCORED"),
                item("2.1", "CE", "Y", "AUTO"),
                item("2.3", "NCE", "Y", "DEFAULT"),
                item("5.4", "CE", "Y", "DEFAULT"),
                item("3.3", "NCE", "NA", "SCORED")));
        // without defaults: 1.1 N, 2.1 Y → 1 of 2; with: + 2.3 Y, 5.4 Y → 3 of 4; NA never counts
        assertEquals(2, s.applicable());
        assertEquals(1, s.passed());
        assertEquals(4, s.applicableWithDefaults());
        assertEquals(3, s.passedWithDefaults());
        assertEquals(1, s.ceApplicable());
        assertEquals(2, s.ceApplicableWithDefaults());
        assertEquals(0, s.ceFailed());
        assertEquals(List.of("1.1"), s.failedItems());
    }

    @Test
    void aScoredOrAutomaticItemIsNeverTreatedAsDefault() {
        EvaluationSummary s = EvaluationSummary.of(List.of(item("3.1", "CE", "N", "SCORED"),
                item("3.2", "CE", "Y", "AUTO")));
        assertEquals(s.applicable(), s.applicableWithDefaults());
        assertEquals(1, s.ceFailed());
    }
}
