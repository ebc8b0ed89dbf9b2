package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.LatencySummary;
import java.util.Map;

/** A raw baseline: as many operations as the component completes, closed loop, per second. */
public record BaselineResult(String name, String what, double opsPerSecond, long operations, double seconds,
                             long errors, LatencySummary latency, Map<String, String> settings,
                             Map<String, Double> cpuCores) {
}
