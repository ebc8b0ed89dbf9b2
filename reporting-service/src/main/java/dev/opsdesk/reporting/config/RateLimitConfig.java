package dev.opsdesk.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets per tenant and client (the token subject), per instance: {@code capacity} calls at
 * once, refilled by {@code per-second}. A tenant may have its own numbers under
 * {@code opsdesk.rate-limit.tenants."<tenant>".api.*}.
 */
@ConfigMapping(prefix = "opsdesk.rate-limit")
public interface RateLimitConfig {

    /** Off: no call is ever refused with 429 (OPSDESK_RATE_LIMIT_ENABLED). */
    @WithDefault("true")
    boolean enabled();

    /** Every /api call. */
    Api api();

    /** Limits that differ for one tenant. */
    Map<String, TenantLimits> tenants();

    /** Most buckets kept; beyond it idle (full) buckets are dropped. */
    @WithDefault("100000")
    int maxBuckets();

    interface Limit {
        long capacity();

        long perSecond();
    }

    interface Api extends Limit {
        @WithDefault("2000")
        @Override
        long capacity();

        @WithDefault("200")
        @Override
        long perSecond();
    }

    interface TenantLimits {
        Optional<OwnLimit> api();
    }

    /** A tenant's own numbers: both are required. */
    interface OwnLimit extends Limit {
    }
}
