package dev.opsdesk.qa.domain.evaluation;

import dev.opsdesk.qa.domain.scorecard.Scorecard;
import dev.opsdesk.qa.domain.scorecard.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A11 and A47, per the scorecard's formula: {@code score} = weight of Y items / weight of Y and N
 * items × 100 over the items that are not default; {@code scoreWithDefaults} counts the default-yes
 * items too. N-A items leave both sums ({@code naRescales=true}) or count as met ({@code false}).
 * {@code criticalFail}: a CE item is N; with {@code ceZeroesScore} both scores are then 0. Unscored
 * items are left out and counted. Scores are rounded half-up to 2 decimals; null when nothing counts.
 */
public record Score(BigDecimal score, BigDecimal scoreWithDefaults, boolean criticalFail, int unscored) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Score of(Scorecard card, List<ItemResult> items) {
        double met = 0;
        double counted = 0;
        double metWithDefaults = 0;
        double countedWithDefaults = 0;
        boolean critical = false;
        int unscored = 0;
        boolean naRescales = !Boolean.FALSE.equals(card.formula().naRescales());
        for (ItemResult item : items) {
            if (item.result() == null) {
                unscored++;
                continue;
            }
            if (item.result() == Result.NA && naRescales) {
                continue;
            }
            double weight = card.item(item.itemId()).map(Scorecard.Item::weightOrOne).orElse(1.0);
            double earned = item.result() == Result.N ? 0 : weight;
            critical |= item.result() == Result.N && item.severity() == Severity.CE;
            metWithDefaults += earned;
            countedWithDefaults += weight;
            if (!item.isDefault()) {
                met += earned;
                counted += weight;
            }
        }
        if (critical && Boolean.TRUE.equals(card.formula().ceZeroesScore())) {
            return new Score(BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), true, unscored);
        }
        return new Score(percent(met, counted), percent(metWithDefaults, countedWithDefaults), critical, unscored);
    }

    private static BigDecimal percent(double met, double counted) {
        if (counted == 0) {
            return null;
        }
        return BigDecimal.valueOf(met).multiply(HUNDRED).divide(BigDecimal.valueOf(counted), 2, RoundingMode.HALF_UP);
    }
}
