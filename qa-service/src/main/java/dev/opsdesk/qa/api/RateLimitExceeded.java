package dev.opsdesk.qa.api;

/** A caller used up their bucket; they may call again after {@code retryAfterSeconds}. */
public class RateLimitExceeded extends RuntimeException {

    private final long retryAfterSeconds;

    public RateLimitExceeded(String scope, long retryAfterSeconds) {
        super("Too many " + scope + " calls for this tenant and client; retry after " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
