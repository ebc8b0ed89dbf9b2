package dev.opsdesk.ticket.webhooks.service;

import java.time.Duration;
import java.util.Optional;

/**
 * What one POST came back with: the status (empty on a network error or timeout), the receiver's
 * Retry-After, the error, the first 1 KB of the body and how long it took. {@code refused}: the URL
 * failed the address policy at send time and nothing was sent.
 */
record AttemptResult(Optional<Integer> statusCode, Optional<Duration> retryAfter, String error, String responseBody,
                     long durationMillis, boolean refused) {

    static AttemptResult refused(String reason) {
        return new AttemptResult(Optional.empty(), Optional.empty(), "url " + reason, null, 0, true);
    }
}
