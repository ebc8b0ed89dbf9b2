package dev.opsdesk.routing.domain.sla;

import java.time.Duration;

/**
 * How long a metric may run: an ISO-8601 duration of calendar time, or of working time in the
 * policy's business-hours calendar (A16: calendar days by default; a business "day" is configured
 * as the working hours it holds, e.g. PT16H for two 8-hour days).
 */
public record MetricTarget(String target, boolean businessHours) {

    public Duration duration() {
        return Duration.parse(target);
    }

    /** Null when valid, else what is wrong. */
    public String problem() {
        try {
            Duration d = duration();
            return d.isNegative() || d.isZero() ? "must be a positive duration" : null;
        } catch (RuntimeException e) {
            return "'" + target + "' is not an ISO-8601 duration such as PT4H or P2D";
        }
    }
}
