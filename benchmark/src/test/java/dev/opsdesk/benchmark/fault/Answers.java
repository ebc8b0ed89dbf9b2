package dev.opsdesk.benchmark.fault;

import java.util.concurrent.TimeUnit;

/** Answers on a clock counted in milliseconds from 0, for the verdict tests. */
final class Answers {

    private Answers() {
    }

    static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    static Answer accepted(long n, long intendedMs, long latencyMs) {
        return new Answer(n, ms(intendedMs), ms(intendedMs + latencyMs), 201, "t" + n, false, null);
    }

    static Answer status(long n, long intendedMs, long latencyMs, int status) {
        return new Answer(n, ms(intendedMs), ms(intendedMs + latencyMs), status, null, false, null);
    }

    static Answer failed(long n, long intendedMs, long latencyMs, String failure) {
        return new Answer(n, ms(intendedMs), ms(intendedMs + latencyMs), 0, null, false, failure);
    }
}
