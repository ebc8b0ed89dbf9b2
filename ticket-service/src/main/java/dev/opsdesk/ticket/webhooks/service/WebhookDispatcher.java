package dev.opsdesk.ticket.webhooks.service;

import dev.opsdesk.ticket.webhooks.config.WebhooksConfig;
import dev.opsdesk.ticket.webhooks.domain.WebhookUrlPolicy;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Sends due webhook deliveries: claims a batch, checks each URL against the address policy again
 * (the name may resolve elsewhere than at registration: DNS rebinding), sends the batch in parallel
 * and records every answer. Rounds repeat while batches come back full.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int MAX_ROUNDS = 20;

    private final WebhookDeliveries deliveries;
    private final WebhookSender sender;
    private final WebhooksConfig config;
    private final Clock clock;
    private final WebhookUrlPolicy urls;
    private final Duration longestSend;
    private volatile boolean stopping;

    WebhookDispatcher(WebhookDeliveries deliveries, WebhookSender sender, WebhooksConfig config, Clock clock,
                      WebhookUrlPolicy urls) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.config = config;
        this.clock = clock;
        this.urls = urls;
        this.longestSend = config.connectTimeout().plus(config.readTimeout());
    }

    @Scheduled(identity = "webhook-dispatch", every = "${opsdesk.webhooks.dispatch-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatch() {
        if (stopping) {
            return;
        }
        try {
            for (int round = 0; round < MAX_ROUNDS && dispatchDue() == config.batchSize(); round++) {
                LOG.debugf("webhook batch full, dispatching another");
            }
        } catch (RuntimeException e) {
            LOG.warnf("webhook dispatch round failed: %s", e.toString());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /** One batch; returns how many deliveries it attempted. */
    public int dispatchDue() {
        List<DeliveryClaim> claims = deliveries.claim(clock.instant(), config.batchSize());
        List<CompletableFuture<AttemptResult>> results = new ArrayList<>(claims.size());
        for (DeliveryClaim claim : claims) {
            Optional<String> refusal = urls.refusal(claim.url());
            if (refusal.isPresent()) {
                results.add(CompletableFuture.completedFuture(AttemptResult.refused(refusal.get())));
            } else if (clock.instant().plus(longestSend).isBefore(claim.leaseUntil())) {
                results.add(sender.send(claim));
            } else {
                results.add(null); // slow name lookups ate the lease: the next claim sends it
            }
        }
        for (int i = 0; i < claims.size(); i++) {
            DeliveryClaim claim = claims.get(i);
            if (results.get(i) == null) {
                continue;
            }
            try {
                deliveries.record(claim, results.get(i).join(), clock.instant());
            } catch (RuntimeException e) {
                // the lease runs out and the delivery is tried again: at least once, never lost
                LOG.warnf("webhook delivery %s: attempt not recorded: %s", claim.deliveryId(), e.toString());
            }
        }
        return claims.size();
    }
}
