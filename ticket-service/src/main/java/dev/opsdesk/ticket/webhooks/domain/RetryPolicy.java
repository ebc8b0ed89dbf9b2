package dev.opsdesk.ticket.webhooks.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * What an attempt's answer means for the delivery. 2xx: DELIVERED. A network error or timeout, 5xx,
 * 408 and 429: retried after {@code initial × 2^(attempts-1)} (at most {@code max}), of which a
 * random half is taken off (jitter, so a receiver coming back is not hit by every retry at once),
 * and never sooner than the receiver's Retry-After. Any other answer (3xx — redirects are not
 * followed —, 400, 401, 403, 404, 410, ...): FAILED at once. A retry beyond the last attempt or the
 * delivery's deadline is FAILED too.
 */
public final class RetryPolicy {

    /** The outcome of one attempt: the new status and, for PENDING, when to try again. */
    public record Decision(DeliveryStatus status, Instant nextAttemptAt) {
    }

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final DoubleSupplier random;

    public RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, DoubleSupplier random) {
        this.maxAttempts = maxAttempts;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.random = random;
    }

    /**
     * @param statusCode the answer's status, empty on a network error or timeout
     * @param attempts   attempts made so far, this one included
     * @param retryAfter the answer's Retry-After, when it had one
     */
    public Decision decide(Optional<Integer> statusCode, int attempts, Optional<Duration> retryAfter, Instant now,
                           Instant giveUpAt) {
        if (statusCode.isPresent() && statusCode.get() >= 200 && statusCode.get() < 300) {
            return new Decision(DeliveryStatus.DELIVERED, null);
        }
        if (statusCode.isPresent() && !retryable(statusCode.get())) {
            return new Decision(DeliveryStatus.FAILED, null);
        }
        if (attempts >= maxAttempts) {
            return new Decision(DeliveryStatus.FAILED, null);
        }
        Duration delay = backoff(attempts);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(delay) > 0) {
            delay = retryAfter.get();
        }
        Instant next = now.plus(delay);
        return next.isAfter(giveUpAt) ? new Decision(DeliveryStatus.FAILED, null)
                : new Decision(DeliveryStatus.PENDING, next);
    }

    static boolean retryable(int statusCode) {
        return statusCode >= 500 || statusCode == 408 || statusCode == 429;
    }

    /** The delay after the {@code attempts}-th attempt: exponential, capped, minus up to half of it at random. */
    Duration backoff(int attempts) {
        long initial = initialBackoff.toMillis();
        long exponential = initial << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(exponential < 0 ? Long.MAX_VALUE : exponential, maxBackoff.toMillis());
        return Duration.ofMillis(capped - (long) (capped / 2.0 * random.getAsDouble()));
    }
}
