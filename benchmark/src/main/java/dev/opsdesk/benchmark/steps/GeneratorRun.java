package dev.opsdesk.benchmark.steps;

/** The data generator given by {@code --generator-cmd}: how it ended and how long it took. */
public record GeneratorRun(String command, Integer exitCode, double seconds, String note) {
}
