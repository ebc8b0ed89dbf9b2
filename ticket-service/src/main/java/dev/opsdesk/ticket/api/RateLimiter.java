package dev.opsdesk.ticket.api;

import dev.opsdesk.ticket.config.RateLimitConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j token bucket per scope, tenant and client, in this instance's memory: replicas count
 * separately (docs/security.md says how to share the buckets across a cluster).
 */
@ApplicationScoped
public class RateLimiter {

    /** What a call counts against. */
    public enum Scope { API, INTAKE }

    private record Key(Scope scope, String tenant, String client) {
    }

    private final RateLimitConfig config;
    private final TimeMeter time;
    private final Map<Key, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimitConfig config, RateLimitClock clock) {
        this.config = config;
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.nanoTime();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
    }

    /** Takes one call from the caller's bucket, or refuses it with the time until the next token. */
    public void acquire(Scope scope, String tenant, String client) {
        if (!config.enabled()) {
            return;
        }
        ConsumptionProbe probe = bucket(new Key(scope, tenant, client)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
            throw new RateLimitExceeded(scope == Scope.API ? "API" : "intake", Math.max(1, seconds));
        }
    }

    private Bucket bucket(Key key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= config.maxBuckets()) {
            // a full bucket behaves exactly like a new one, so dropping it forgets nothing
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limitOf(e.getKey()).capacity());
        }
        RateLimitConfig.Limit limit = limitOf(key);
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)).build())
                .withCustomTimePrecision(time)
                .build());
    }

    private RateLimitConfig.Limit limitOf(Key key) {
        RateLimitConfig.TenantLimits own = config.tenants().get(key.tenant());
        if (key.scope() == Scope.INTAKE) {
            return own != null && own.intake().isPresent() ? own.intake().get() : config.intake();
        }
        return own != null && own.api().isPresent() ? own.api().get() : config.api();
    }
}
