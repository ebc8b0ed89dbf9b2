package dev.opsdesk.benchmark.load;

import java.time.Duration;

/**
 * Constant arrival rate: request {@code i} is due at {@code start + i / rate}, whatever happened
 * to the requests before it. Latency is measured from this intended start, not from the moment the
 * request could actually be sent, so a stalled system cannot hide the delay it causes
 * (coordinated omission).
 */
public record ArrivalSchedule(double ratePerSecond, long startNanos) {

    public ArrivalSchedule {
        if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
            throw new IllegalArgumentException("rate must be a positive number, got " + ratePerSecond);
        }
    }

    public long intendedStart(long index) {
        return startNanos + (long) Math.floor(index * 1e9 / ratePerSecond);
    }

    /** How many requests fall due within the first {@code duration} of the schedule. */
    public long arrivalsWithin(Duration duration) {
        return (long) Math.ceil(duration.toNanos() * ratePerSecond / 1e9 - 1e-9);
    }
}
