package dev.opsdesk.benchmark.load;

import java.util.List;
import java.util.Map;

/**
 * One constant-rate step. {@code latency} runs from each request's intended start (coordinated
 * omission corrected); {@code serviceTime} from the moment it was actually sent, for comparison.
 * A drop is a request that was due while the in-flight limit was reached: it was never sent.
 */
public record StepResult(double offeredRate, double seconds, long scheduled, long sent, long ok, long errors,
                         long drops, double achievedRate, LatencySummary latency, LatencySummary serviceTime,
                         Map<String, Long> errorKinds, List<String> errorSamples) {

    public long failures() {
        return errors + drops;
    }
}
