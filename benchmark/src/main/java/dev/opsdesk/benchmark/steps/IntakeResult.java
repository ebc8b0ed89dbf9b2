package dev.opsdesk.benchmark.steps;

import java.util.List;
import java.util.Map;

/**
 * The step-up search and the sustained run(s) after it. {@code sustainedRate} is the rate of the
 * first sustained run that passed (null when none did); {@code highestStepRate} the highest
 * passing step of the search.
 */
public record IntakeResult(List<IntakeStep> steps, List<IntakeStep> sustained, Double highestStepRate,
                           Double sustainedRate, Map<String, String> settings) {

    /** The rate later steps (end-to-end) take as "100 %": the sustained rate, else the best step. */
    public Double referenceRate() {
        return sustainedRate != null ? sustainedRate : highestStepRate;
    }
}
