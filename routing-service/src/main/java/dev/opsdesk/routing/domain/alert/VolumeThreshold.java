package dev.opsdesk.routing.domain.alert;

import java.util.List;

/** A28: a queue is unusually large above max(absolute, k × the trailing median of the same weekday and hour). */
public final class VolumeThreshold {

    private VolumeThreshold() {
    }

    public static double of(int absolute, double factor, List<Integer> trailingSameHour) {
        return Math.max(absolute, factor * median(trailingSameHour));
    }

    /** The median of the samples; 0 without history, so the absolute threshold applies. */
    static double median(List<Integer> samples) {
        if (samples.isEmpty()) {
            return 0;
        }
        List<Integer> sorted = samples.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
