package dev.opsdesk.qa.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.opsdesk.qa.config.ShippedTemplates;
import dev.opsdesk.qa.domain.RuleViolation;
import dev.opsdesk.qa.domain.autoqa.Finding;
import dev.opsdesk.qa.domain.autoqa.Outcome;
import dev.opsdesk.qa.domain.evaluation.EvaluationForm;
import dev.opsdesk.qa.domain.evaluation.EvaluationReview;
import dev.opsdesk.qa.domain.evaluation.ItemChange;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Provenance;
import dev.opsdesk.qa.domain.evaluation.Result;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * AutoQA pre-fills items as AUTO (A47), a checklist decides its item (A13), a reviewer's SCORED result
 * survives AutoQA, an override of AUTO needs a reason, and default-yes items cannot be scored (R54).
 */
class A13A47AutoQaPrefillAndReviewTest {

    private static final Scorecard FORM = ShippedTemplates.load("zalora").scorecards().get("zalora-qa-form");

    private static Finding finding(String rule, String check, Outcome outcome) {
        return new Finding(rule, check, outcome, "id", null, null, null, null, null, "x");
    }

    private static ItemResult item(List<ItemResult> items, String id) {
        return items.stream().filter(i -> i.itemId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void findingsPrefillTheirItemsAsAuto() {
        List<ItemResult> items = EvaluationForm.prefilled(FORM, "EMAIL", EvaluationForm.blank(FORM, "EMAIL", false),
                List.of(finding("R57", null, Outcome.FAIL), finding("R79", "further-help", Outcome.PASS),
                        finding("R79", "closing", Outcome.FAIL)));
        assertEquals(Result.N, item(items, "1.1").result());
        assertEquals(Provenance.AUTO, item(items, "1.1").provenance());
        assertEquals(Result.Y, item(items, "5.1").result());
        assertEquals(Result.N, item(items, "5.2").result());
        assertNull(item(items, "2.2").result());
        assertEquals(Provenance.DEFAULT, item(items, "2.3").provenance());
    }

    @Test
    void a13_theCallsGreetByNamePointIsAutoYButTheItemWaitsForTheBrandedGreeting() {
        List<ItemResult> items = EvaluationForm.prefilled(FORM, "CALL", EvaluationForm.blank(FORM, "CALL", false),
                List.of(finding("R55", null, Outcome.PASS)));
        ItemResult greeting = item(items, "1.1");
        assertNull(greeting.result());
        assertEquals(Result.Y, greeting.sub("greet-by-name").orElseThrow().result());
        assertEquals(Provenance.AUTO, greeting.sub("greet-by-name").orElseThrow().provenance());

        EvaluationReview.Reviewed reviewed = EvaluationReview.apply(FORM, "CALL", items, List.of(
                new ItemChange("1.1", null, Map.of("branded-greeting", Result.Y), null, null)));
        assertEquals(Result.Y, item(reviewed.items(), "1.1").result());
        RuleViolation contradiction = assertThrows(RuleViolation.class, () -> EvaluationReview.apply(FORM, "CALL", items,
                List.of(new ItemChange("1.1", Result.N, Map.of("branded-greeting", Result.Y), null, null))));
        assertEquals("checklist-mismatch", contradiction.slug());
    }

    @Test
    void aFailOnlyRuleCannotMakeAnItemYOnItsOwn() {
        List<ItemResult> items = EvaluationForm.prefilled(FORM, "SOSMED", EvaluationForm.blank(FORM, "SOSMED", false),
                List.of(finding("R71", null, Outcome.PASS)));
        assertNull(item(items, "3.2").result()); // no-redirect is Y, answers-all still open
        List<ItemResult> failed = EvaluationForm.prefilled(FORM, "SOSMED", EvaluationForm.blank(FORM, "SOSMED", false),
                List.of(finding("R71", null, Outcome.FAIL)));
        assertEquals(Result.N, item(failed, "3.2").result());
    }

    @Test
    void overridingAutoQaNeedsAReasonAndTheReviewersResultSurvivesTheNextRun() {
        List<ItemResult> auto = EvaluationForm.prefilled(FORM, "EMAIL", EvaluationForm.blank(FORM, "EMAIL", false),
                List.of(finding("R57", null, Outcome.FAIL)));
        RuleViolation noReason = assertThrows(RuleViolation.class, () -> EvaluationReview.apply(FORM, "EMAIL", auto,
                List.of(new ItemChange("1.1", Result.Y, null, null, null))));
        assertEquals("override-reason-required", noReason.slug());
        assertEquals("items[0].reason", noReason.field());

        EvaluationReview.Reviewed reviewed = EvaluationReview.apply(FORM, "EMAIL", auto,
                List.of(new ItemChange("1.1", Result.Y, null, null, "The customer asked to be called Dear customer")));
        assertEquals(Provenance.SCORED, item(reviewed.items(), "1.1").provenance());
        assertEquals("The customer asked to be called Dear customer", reviewed.changes().get(0).reason());
        assertEquals(Provenance.AUTO, reviewed.changes().get(0).fromProvenance());

        List<ItemResult> rerun = EvaluationForm.prefilled(FORM, "EMAIL", reviewed.items(),
                List.of(finding("R57", null, Outcome.FAIL)));
        assertEquals(Result.Y, item(rerun, "1.1").result());
    }

    @Test
    void r54_aDefaultYesItemCannotBeScoredAndAnUnknownItemIsRefused() {
        List<ItemResult> items = EvaluationForm.blank(FORM, "EMAIL", false);
        RuleViolation defaultYes = assertThrows(RuleViolation.class, () -> EvaluationReview.apply(FORM, "EMAIL", items,
                List.of(new ItemChange("5.4", Result.N, null, null, "hung up"))));
        assertEquals("R54", defaultYes.rule());
        RuleViolation unknown = assertThrows(RuleViolation.class, () -> EvaluationReview.apply(FORM, "EMAIL", items,
                List.of(new ItemChange("9.9", Result.N, null, null, null))));
        assertEquals("items[0].itemId", unknown.field());
    }
}
