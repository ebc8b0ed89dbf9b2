package dev.opsdesk.qa.scorecard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.opsdesk.qa.domain.Json;
import dev.opsdesk.qa.domain.calibration.Alignment;
import dev.opsdesk.qa.domain.evaluation.Evaluation;
import dev.opsdesk.qa.domain.evaluation.ItemResult;
import dev.opsdesk.qa.domain.evaluation.Provenance;
import dev.opsdesk.qa.domain.evaluation.Result;
import dev.opsdesk.qa.domain.scorecard.Severity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Alignment = items where a reviewer gave the consensus (reference reviewer, else majority) / compared × 100. */
class CalibrationAlignmentTest {

    private static final UUID TICKET = UUID.randomUUID();

    private static Evaluation scored(String reviewer, double score, Result... results) {
        Evaluation e = new Evaluation();
        e.id = UUID.randomUUID();
        e.ticketId = TICKET;
        e.reviewerId = reviewer;
        e.score = BigDecimal.valueOf(score);
        List<ItemResult> items = new ArrayList<>();
        for (int i = 0; i < results.length; i++) {
            items.add(new ItemResult("i" + i, "S", Severity.NCE, results[i], Provenance.SCORED, null, null, null));
        }
        items.add(new ItemResult("d", "S", Severity.NCE, Result.Y, Provenance.DEFAULT, "R54", null, null));
        e.itemsJson = Json.write(items);
        return e;
    }

    private static Alignment.Reviewer of(Alignment alignment, String reviewer) {
        return alignment.reviewers().stream().filter(r -> r.reviewerId().equals(reviewer)).findFirst().orElseThrow();
    }

    @Test
    void theMajorityIsTheConsensusWithoutAReference() {
        Alignment alignment = Alignment.of(List.of(
                scored("ana", 75, Result.Y, Result.Y, Result.N, Result.Y),
                scored("ben", 75, Result.Y, Result.Y, Result.N, Result.Y),
                scored("cho", 25, Result.N, Result.Y, Result.N, Result.N)), null);
        assertEquals(new BigDecimal("100.00"), of(alignment, "ana").alignment());
        assertEquals(new BigDecimal("50.00"), of(alignment, "cho").alignment());
        assertEquals(4, of(alignment, "cho").comparedItems());     // the default item is left out
        assertEquals(new BigDecimal("-33.33"), of(alignment, "cho").scoreDeviation());
    }

    @Test
    void theReferenceReviewerDecidesAndIsNotRated() {
        Alignment alignment = Alignment.of(List.of(
                scored("lead", 50, Result.Y, Result.N),
                scored("ana", 100, Result.Y, Result.Y),
                scored("ben", 100, Result.Y, Result.Y)), "lead");
        assertEquals(new BigDecimal("50.00"), of(alignment, "ana").alignment());
        assertNull(of(alignment, "lead").alignment());
    }

    @Test
    void aTieHasNoConsensusAndASingleReviewerIsNotCompared() {
        Alignment tie = Alignment.of(List.of(scored("ana", 100, Result.Y), scored("ben", 0, Result.N)), null);
        assertEquals(0, of(tie, "ana").comparedItems());
        assertNull(of(tie, "ana").alignment());
        Alignment alone = Alignment.of(List.of(scored("ana", 100, Result.Y)), null);
        assertEquals(List.of(), alone.items());
    }
}
