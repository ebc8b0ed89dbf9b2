package dev.opsdesk.reporting.api;

import jakarta.enterprise.context.ApplicationScoped;

/** The monotonic time the rate limiter refills by; tests replace it to refill without waiting. */
@ApplicationScoped
public class RateLimitClock {

    public long nanoTime() {
        return System.nanoTime();
    }
}
