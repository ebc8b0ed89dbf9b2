package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.LatencySummary;
import dev.opsdesk.benchmark.load.StepResult;
import java.util.Map;

/**
 * {@code ticket.created} → {@code ticket.assigned} at a fraction of the intake rate. status: OK
 * (every ticket assigned), PARTIAL, or NO_ASSIGNMENTS (none within the wait — in main nothing
 * assigns automatically yet). {@code loadFraction} is null when the rate was given explicitly
 * without an intake result to compare it with.
 */
public record EndToEndResult(String status, String message, double rate, Double loadFraction, StepResult intake,
                             int posted, int createdSeen, int assignedSeen, LatencySummary createdToAssigned,
                             LatencySummary postToAssigned, LatencySummary postToCreated,
                             Map<String, Long> assignmentSources,
                             Map<String, String> settings) {
}
