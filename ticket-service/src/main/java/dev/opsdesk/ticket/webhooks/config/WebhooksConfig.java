package dev.opsdesk.ticket.webhooks.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Outbound webhooks: URL policy, dispatch schedule, timeouts, retries, auto-disable, secret sealing. */
@ConfigMapping(prefix = "opsdesk.webhooks")
public interface WebhooksConfig {

    /** Lets subscriptions target loopback, private, link-local and metadata addresses (dev and test only). */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Subscriptions must use https (off in dev and test, whose receivers are plain http). */
    @WithDefault("true")
    boolean requireHttps();

    /** How often the dispatcher sends due deliveries; {@code off} disables it. */
    @WithDefault("1s")
    String dispatchEvery();

    /** Most deliveries one dispatcher round claims (sent in parallel). */
    @WithDefault("50")
    int batchSize();

    @WithDefault("2s")
    Duration connectTimeout();

    /** How long the receiver may take to answer (headers and the first 1 KB of its body). */
    @WithDefault("5s")
    Duration readTimeout();

    /** Attempts before a delivery is FAILED. */
    @WithDefault("15")
    int maxAttempts();

    /** A delivery not DELIVERED this long after it was created (or redelivered) is FAILED. */
    @WithDefault("24h")
    Duration maxAge();

    /** Delay before the second attempt; doubled per attempt up to {@link #maxBackoff()}, with jitter. */
    @WithDefault("30s")
    Duration initialBackoff();

    @WithDefault("2h")
    Duration maxBackoff();

    /** A subscription whose deliveries ended FAILED this many times in a row is disabled; 0 never. */
    @WithDefault("20")
    int autoDisableAfter();

    @WithDefault("50")
    int maxSubscriptionsPerTenant();

    /**
     * Base64 of a 256-bit AES key that seals the signing secrets in the database
     * (OPSDESK_WEBHOOKS_SECRET_KEY); without it they are stored as they are.
     */
    Optional<String> secretKey();
}
