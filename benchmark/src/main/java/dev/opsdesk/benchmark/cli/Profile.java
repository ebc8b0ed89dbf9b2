package dev.opsdesk.benchmark.cli;

import java.time.Duration;

/**
 * Default durations: {@code FULL} is the measurement (a 10-minute sustained run, 25–45
 * minutes in all); {@code QUICK} runs everything in about 3–5 minutes. Every value can be
 * overridden by its own option.
 */
record Profile(String name, Duration baselineWarmUp, Duration baseline, Duration intakeWarmUp, Duration step,
               Duration settle, Duration sustain, int refinements, Duration endToEnd, Duration assignmentWait,
               Duration dashboard, boolean restartServices) {

    // intake warm-up 3 min: after 1 min at 20/s the four services' JIT was still cold (p50 273 ms, 2026-12-02)
    static final Profile FULL = new Profile("full", Duration.ofSeconds(10), Duration.ofSeconds(60),
            Duration.ofMinutes(3), Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMinutes(10), 3,
            Duration.ofMinutes(2), Duration.ofSeconds(60), Duration.ofSeconds(60), true);

    static final Profile QUICK = new Profile("quick", Duration.ofSeconds(3), Duration.ofSeconds(12),
            Duration.ofSeconds(20), Duration.ofSeconds(8), Duration.ofSeconds(2), Duration.ofSeconds(30), 1,
            Duration.ofSeconds(20), Duration.ofSeconds(15), Duration.ofSeconds(10), false);

    static Profile of(boolean quick) {
        return quick ? QUICK : FULL;
    }

    static Duration or(Duration given, Duration otherwise) {
        return given != null ? given : otherwise;
    }
}
