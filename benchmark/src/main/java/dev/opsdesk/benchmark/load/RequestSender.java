package dev.opsdesk.benchmark.load;

import java.util.concurrent.CompletableFuture;

/** Starts one request without blocking; the future completes when its answer arrived. */
@FunctionalInterface
public interface RequestSender {

    CompletableFuture<Outcome> send(long sequence, long intendedStartNanos);
}
