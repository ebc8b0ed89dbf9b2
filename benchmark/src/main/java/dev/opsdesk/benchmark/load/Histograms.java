package dev.opsdesk.benchmark.load;

import java.util.concurrent.TimeUnit;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Latency histograms in microseconds from 1 µs to one hour, 3 significant digits. */
public final class Histograms {

    static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private Histograms() {
    }

    public static Histogram concurrent() {
        return new ConcurrentHistogram(HIGHEST_MICROS, 3);
    }

    /** Records a duration given in nanoseconds, clamped to the trackable range. */
    public static void recordNanos(Histogram histogram, long nanos) {
        histogram.recordValue(Math.max(1, Math.min(HIGHEST_MICROS, nanos / 1000)));
    }
}
