package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.StepResult;
import java.util.Map;

/**
 * One intake step: its measurement, whether it counts as sustained (and why not), the outbox rows
 * still unpublished when it ended (is the relay keeping up?) and the CPU each component used.
 */
public record IntakeStep(String phase, StepResult result, boolean passed, String failure, Long outboxBacklog,
                         Map<String, Double> cpuCores) {
}
