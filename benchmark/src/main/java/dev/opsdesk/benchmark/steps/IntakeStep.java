package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.StepResult;
import java.util.Map;

/**
 * One intake step: its measurement, whether it counts as sustained (and why not), the outbox rows
 * still unpublished when it ended (is the relay keeping up?), the CPU each component used, and how
 * long after it the stack was quiet again (every outbox published, no consumer lag; null when not
 * awaited or not quiet within the drain timeout).
 */
public record IntakeStep(String phase, StepResult result, boolean passed, String failure, Long outboxBacklog,
                         Map<String, Double> cpuCores, Double drainedSeconds) {
}
