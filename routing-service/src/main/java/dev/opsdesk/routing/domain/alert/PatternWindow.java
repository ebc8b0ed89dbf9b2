package dev.opsdesk.routing.domain.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A29's sliding window: the window of the given length, containing a given instant, that holds the
 * most cases. Events may arrive out of order, so the window may end after the newest arrival.
 */
public final class PatternWindow {

    private PatternWindow() {
    }

    /** A window and the indexes [from, to) of the sorted times inside it. */
    public record Window(Instant start, Instant end, int from, int to) {
        public int count() {
            return to - from;
        }
    }

    /** {@code sorted}: the times of the cases sharing a pattern around {@code at}, ascending. */
    public static Optional<Window> densestContaining(List<Instant> sorted, Instant at, Duration length) {
        Window best = null;
        int to = 0;
        for (int from = 0; from < sorted.size(); from++) {
            Instant start = sorted.get(from);
            if (start.isAfter(at)) {
                break;
            }
            Instant end = start.plus(length);
            to = Math.max(to, from);
            while (to < sorted.size() && !sorted.get(to).isAfter(end)) {
                to++;
            }
            if (!at.isAfter(end) && (best == null || to - from > best.count())) {
                best = new Window(start, sorted.get(to - 1), from, to);
            }
        }
        return Optional.ofNullable(best);
    }
}
