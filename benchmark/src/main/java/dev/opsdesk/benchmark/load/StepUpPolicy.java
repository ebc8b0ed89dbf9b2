package dev.opsdesk.benchmark.load;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Finds the highest rate a system sustains: grows the rate by {@code factor} from {@code startRate}
 * while steps pass, then bisects between the highest pass and the lowest failure
 * {@code refinements} times (or until they are within 5 %). A step fails when its p99 (from intended start) exceeds the limit,
 * or when any request errored or was dropped. When even the first step fails, the rate is halved
 * down to {@code minRate}.
 */
public record StepUpPolicy(double startRate, double factor, double maxRate, double minRate, int refinements,
                           double p99LimitMs) {

    /** Bisection stops once the failing rate is within 5 % of the passing one. */
    static final double MIN_GAP = 0.05;

    public StepUpPolicy {
        if (!(startRate > 0) || !(factor > 1) || maxRate < startRate || !(minRate > 0) || refinements < 0) {
            throw new IllegalArgumentException("need startRate > 0, factor > 1, maxRate >= startRate, minRate > 0");
        }
    }

    /** Why the step does not count as sustained, or empty when it passed. */
    public Optional<String> failure(StepResult step) {
        if (step.errors() > 0) {
            return Optional.of(step.errors() + " errors " + step.errorKinds());
        }
        if (step.drops() > 0) {
            return Optional.of(step.drops() + " requests dropped (in-flight limit reached)");
        }
        if (step.ok() == 0) {
            return Optional.of("no request answered");
        }
        if (step.latency().p99() > p99LimitMs) {
            return Optional.of("p99 " + step.latency().p99() + " ms > " + p99LimitMs + " ms");
        }
        return Optional.empty();
    }

    public boolean passed(StepResult step) {
        return failure(step).isEmpty();
    }

    /** The rate of the next step after these (in the order run), or empty when the search is over. */
    public OptionalDouble next(List<StepResult> done) {
        if (done.isEmpty()) {
            return OptionalDouble.of(startRate);
        }
        double pass = highestPassing(done).orElse(0);
        double fail = done.stream().filter(s -> !passed(s) && s.offeredRate() > pass)
                .mapToDouble(StepResult::offeredRate).min().orElse(Double.POSITIVE_INFINITY);
        if (Double.isInfinite(fail)) {
            return pass >= maxRate ? OptionalDouble.empty() : OptionalDouble.of(round(Math.min(maxRate, pass * factor)));
        }
        if (pass == 0) {
            double lower = round(fail / 2);
            return lower < minRate ? OptionalDouble.empty() : OptionalDouble.of(lower);
        }
        double middle = round((pass + fail) / 2);
        boolean closeEnough = fail - pass < pass * MIN_GAP;
        if (bisectionsSoFar(done) >= refinements || closeEnough || middle <= pass || middle >= fail) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(middle);
    }

    public OptionalDouble highestPassing(List<StepResult> done) {
        return done.stream().filter(this::passed).mapToDouble(StepResult::offeredRate).max();
    }

    /** Steps run after the search first had a passing rate with a failing one above it. */
    private long bisectionsSoFar(List<StepResult> done) {
        for (int i = 0; i < done.size(); i++) {
            List<StepResult> upTo = done.subList(0, i + 1);
            OptionalDouble pass = highestPassing(upTo);
            if (pass.isPresent() && upTo.stream().anyMatch(s -> !passed(s) && s.offeredRate() > pass.getAsDouble())) {
                return done.size() - 1 - i;
            }
        }
        return 0;
    }

    private static double round(double rate) {
        return rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10.0;
    }
}
