package dev.opsdesk.benchmark.steps;

/**
 * A service's start-up and memory. {@code startedInSeconds}: Quarkus' own "started in X s" log line
 * of its latest start (from the launcher's main to ready, without JVM boot). {@code timeToReadySeconds}:
 * measured by {@code --restart} from the new process' start to its first UP on /q/health/ready.
 * RSS after the load steps ({@code rssMiB}) and its peak ({@code peakRssMiB}, VmHWM), and after a
 * restart when idle ({@code idleRssMiB}).
 */
public record ServiceFootprint(String service, Long pid, Double startedInSeconds, Double timeToReadySeconds,
                               Long rssMiB, Long peakRssMiB, Long idleRssMiB, String note) {
}
