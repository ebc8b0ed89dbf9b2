package dev.opsdesk.qa.api;

import dev.opsdesk.qa.config.RateLimitConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j token bucket per tenant and client, in this instance's memory: replicas count
 * separately (docs/security.md says how to share the buckets across a cluster).
 */
@ApplicationScoped
public class RateLimiter {

    private record Key(String tenant, String client) {
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
    public void acquire(String tenant, String client) {
        if (!config.enabled()) {
            return;
        }
        ConsumptionProbe probe = bucket(new Key(tenant, client)).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L;
            throw new RateLimitExceeded("API", Math.max(1, seconds));
        }
    }

    private Bucket bucket(Key key) {
        Bucket bucket = buckets.get(key);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= config.maxBuckets()) {
            // a full bucket behaves exactly like a new one, so dropping it forgets nothing
            buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= limitOf(e.getKey().tenant()).capacity());
        }
        RateLimitConfig.Limit limit = limitOf(key.tenant());
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.perSecond(), Duration.ofSeconds(1)).build())
                .withCustomTimePrecision(time)
                .build());
    }

    private RateLimitConfig.Limit limitOf(String tenant) {
        RateLimitConfig.TenantLimits own = config.tenants().get(tenant);
        return own != null && own.api().isPresent() ? own.api().get() : config.api();
    }
}
