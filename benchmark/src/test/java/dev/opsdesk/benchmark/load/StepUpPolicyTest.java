package dev.opsdesk.benchmark.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StepUpPolicyTest {

    private final StepUpPolicy policy = new StepUpPolicy(100, 1.5, 10_000, 5, 2, 100);

    @Test
    void aStepFailsOnP99AboveTheLimitOrAnyErrorOrDrop() {
        assertTrue(policy.passed(step(100, 99.9, 0, 0)));
        assertEquals("p99 100.1 ms > 100.0 ms", policy.failure(step(100, 100.1, 0, 0)).orElseThrow());
        assertTrue(policy.failure(step(100, 5, 1, 0)).orElseThrow().startsWith("1 errors"));
        assertTrue(policy.failure(step(100, 5, 0, 3)).orElseThrow().startsWith("3 requests dropped"));
    }

    @Test
    void growsByTheFactorWhileStepsPassThenBisectsAndStops() {
        List<StepResult> done = new ArrayList<>();
        assertEquals(100, next(done));
        done.add(step(100, 10, 0, 0));
        assertEquals(150, next(done));
        done.add(step(150, 20, 0, 0));
        assertEquals(225, next(done));
        done.add(step(225, 400, 0, 0)); // first failure: 150 passes, 225 fails
        assertEquals(188, next(done));
        done.add(step(188, 50, 0, 0));
        assertEquals(207, next(done)); // second and last bisection
        done.add(step(207, 150, 0, 0));

        assertTrue(policy.next(done).isEmpty());
        assertEquals(188, policy.highestPassing(done).getAsDouble());
    }

    @Test
    void halvesTheRateWhenEvenTheFirstStepFails() {
        List<StepResult> done = new ArrayList<>(List.of(step(100, 500, 0, 0)));
        assertEquals(50, next(done));
        done.add(step(50, 300, 0, 0));
        assertEquals(25, next(done));
        done.add(step(25, 10, 0, 0));
        assertEquals(38, next(done)); // then bisects between 25 and 50
    }

    @Test
    void countsBisectionsFromTheFirstBracketAlsoAfterHalving() {
        StepUpPolicy onlyOne = new StepUpPolicy(100, 1.5, 10_000, 1, 1, 100);
        List<StepResult> done = new ArrayList<>(List.of(step(100, 500, 0, 0), step(50, 500, 0, 0), step(25, 10, 0, 0)));
        assertEquals(38, onlyOne.next(done).getAsDouble());
        done.add(step(38, 10, 0, 0));

        assertTrue(onlyOne.next(done).isEmpty(), "one bisection, however the bracket was found");
        assertEquals(38, onlyOne.highestPassing(done).getAsDouble());
    }

    @Test
    void stopsBisectingOnceTheBracketIsWithinFivePercent() {
        List<StepResult> done = List.of(step(100, 10, 0, 0), step(150, 10, 0, 0), step(156, 400, 0, 0));

        assertTrue(policy.next(done).isEmpty());
    }

    @Test
    void givesUpBelowTheMinimumRate() {
        List<StepResult> done = List.of(step(100, 500, 0, 0), step(50, 500, 0, 0), step(25, 500, 0, 0),
                step(12.5, 500, 0, 0), step(6.3, 500, 0, 0));

        assertTrue(policy.next(done).isEmpty());
        assertFalse(policy.highestPassing(done).isPresent());
    }

    @Test
    void stopsAtTheMaximumRate() {
        StepUpPolicy capped = new StepUpPolicy(100, 2, 300, 5, 2, 100);
        List<StepResult> done = new ArrayList<>(List.of(step(100, 1, 0, 0), step(200, 1, 0, 0)));
        assertEquals(300, capped.next(done).getAsDouble());
        done.add(step(300, 1, 0, 0));

        assertTrue(capped.next(done).isEmpty());
        assertEquals(300, capped.highestPassing(done).getAsDouble());
    }

    private double next(List<StepResult> done) {
        OptionalDouble next = policy.next(done);
        assertTrue(next.isPresent(), "a next step after " + done.size());
        return next.getAsDouble();
    }

    static StepResult step(double rate, double p99, long errors, long drops) {
        LatencySummary latency = new LatencySummary(1000, p99 / 4, p99 / 2, p99 / 1.5, p99, p99, p99 * 2, p99 / 3);
        return new StepResult(rate, 10, 1000, 1000 - drops, 1000 - errors - drops, errors, drops, rate, latency, latency,
                errors > 0 ? Map.of("HTTP 500", errors) : Map.of(), List.of());
    }
}
