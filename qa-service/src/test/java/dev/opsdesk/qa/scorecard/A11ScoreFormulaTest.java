package dev.opsdesk.qa.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Provenance;
import dev.opsdesk.qa.domain.evaluation.Result;
import dev.opsdesk.qa.domain.evaluation.Score;
import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A11/A47: score = met / counted × 100 over non-default items; scoreWithDefaults adds the default ones;
 * a CE item N is a critical fail and zeroes both when ceZeroesScore; N-A leaves the sums (naRescales)
 * or counts as met; unscored items are counted apart; weights weigh.
 */
class A11ScoreFormulaTest {

    private static Scorecard card(boolean ceZeroes, boolean naRescales, double... weights) {
        List<Scorecard.Item> items = new ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            items.add(new Scorecard.Item("i" + i, i == 0 ? Severity.CE : Severity.NCE, weights[i], null, null,
                    List.of("EMAIL"), null, null, null, null, null));
        }
        return new Scorecard("t", null, List.of("en"), List.of(new Scorecard.Channel("EMAIL", "E-mail")),
                new Scorecard.ScoreFormula(ceZeroes, naRescales), List.of(new Scorecard.Section("S", null, items)));
    }

    private static ItemResult item(int index, Result result, Provenance provenance) {
        return new ItemResult("i" + index, "S", index == 0 ? Severity.CE : Severity.NCE, result, provenance,
                provenance == Provenance.DEFAULT ? "R54" : null, null, null);
    }

    private static BigDecimal pct(String value) {
        return new BigDecimal(value);
    }

    @Test
    void allMetIsAHundredAndOneNceFailLowersItEvenly() {
        Scorecard card = card(true, true, 1, 1, 1, 1);
        Score all = Score.of(card, List.of(item(0, Result.Y, Provenance.SCORED), item(1, Result.Y, Provenance.AUTO),
                item(2, Result.Y, Provenance.SCORED), item(3, Result.Y, Provenance.SCORED)));
        assertEquals(pct("100.00"), all.score());
        assertFalse(all.criticalFail());
        Score oneNce = Score.of(card, List.of(item(0, Result.Y, Provenance.SCORED), item(1, Result.N, Provenance.AUTO),
                item(2, Result.Y, Provenance.SCORED), item(3, Result.Y, Provenance.SCORED)));
        assertEquals(pct("75.00"), oneNce.score());
        assertFalse(oneNce.criticalFail());
    }

    @Test
    void aCeFailIsCriticalAndZeroesBothScoresWhenConfigured() {
        List<ItemResult> items = List.of(item(0, Result.N, Provenance.SCORED), item(1, Result.Y, Provenance.SCORED),
                item(2, Result.Y, Provenance.DEFAULT), item(3, Result.Y, Provenance.SCORED));
        Score zeroed = Score.of(card(true, true, 1, 1, 1, 1), items);
        assertTrue(zeroed.criticalFail());
        assertEquals(pct("0.00"), zeroed.score());
        assertEquals(pct("0.00"), zeroed.scoreWithDefaults());
        Score flagged = Score.of(card(false, true, 1, 1, 1, 1), items);
        assertTrue(flagged.criticalFail());
        assertEquals(pct("66.67"), flagged.score());               // 2 of 3 non-default
        assertEquals(pct("75.00"), flagged.scoreWithDefaults());   // 3 of 4 with the default
    }

    @Test
    void defaultItemsCountOnlyInTheScoreWithDefaults() {
        Score score = Score.of(card(true, true, 1, 1, 1, 1), List.of(item(0, Result.Y, Provenance.SCORED),
                item(1, Result.N, Provenance.SCORED), item(2, Result.Y, Provenance.DEFAULT),
                item(3, Result.Y, Provenance.DEFAULT)));
        assertEquals(pct("50.00"), score.score());
        assertEquals(pct("75.00"), score.scoreWithDefaults());
    }

    @Test
    void naRescalesOrCountsAsMet() {
        List<ItemResult> items = List.of(item(0, Result.Y, Provenance.SCORED), item(1, Result.N, Provenance.SCORED),
                item(2, Result.NA, Provenance.SCORED), item(3, Result.NA, Provenance.AUTO));
        assertEquals(pct("50.00"), Score.of(card(true, true, 1, 1, 1, 1), items).score());
        assertEquals(pct("75.00"), Score.of(card(true, false, 1, 1, 1, 1), items).score());
    }

    @Test
    void unscoredItemsAreLeftOutAndCountedAndNothingScoredIsNull() {
        Score partial = Score.of(card(true, true, 1, 1, 1, 1), List.of(item(0, null, null), item(1, Result.N, Provenance.AUTO),
                item(2, Result.Y, Provenance.DEFAULT), item(3, null, null)));
        assertEquals(pct("0.00"), partial.score());
        assertEquals(pct("50.00"), partial.scoreWithDefaults());
        assertEquals(2, partial.unscored());
        Score onlyDefaults = Score.of(card(true, true, 1, 1), List.of(item(0, null, null), item(1, Result.Y, Provenance.DEFAULT)));
        assertNull(onlyDefaults.score());
        assertEquals(pct("100.00"), onlyDefaults.scoreWithDefaults());
        assertNull(Score.of(card(true, true, 1, 1), List.of(item(0, Result.NA, Provenance.SCORED), item(1, null, null)))
                .scoreWithDefaults());
    }

    @Test
    void weightsWeigh() {
        Score score = Score.of(card(true, true, 1, 3), List.of(item(0, Result.Y, Provenance.SCORED),
                item(1, Result.N, Provenance.SCORED)));
        assertEquals(pct("25.00"), score.score());
    }
}
