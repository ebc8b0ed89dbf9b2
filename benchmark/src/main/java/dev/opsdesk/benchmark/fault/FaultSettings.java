package dev.opsdesk.benchmark.fault;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the fault test runs: the load ({@code rate} tickets/s, one poison record per
 * {@code poisonEvery} requests), the pause before the first fault, how long each component stays
 * down before {@code deploy/local/up} restarts it, the calm after each recovery, and the timeouts.
 */
public record FaultSettings(double rate, int poisonEvery, Duration warmUp, Duration downFor, Duration settle,
                            Duration catchUpTimeout, Duration drainTimeout, Duration requestTimeout, int maxInFlight,
                            List<Fault> faults, int agents, double refusedFastMs, int requesters) {

    Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("load", rate + " POST /api/v1/tickets per second, open loop (intended start times), at most "
                + maxInFlight + " in flight, request timeout " + requestTimeout.toSeconds() + " s");
        d.put("ids", "Idempotency-Key <run>-<n> and subject 'fault <run> #<n>' per request; a tenant of its own");
        d.put("poison", "1 record per " + poisonEvery + " requests (" + (100.0 / poisonEvery)
                + " %), topics ticket-events, routing-events, qa-events and kinds not-a-CloudEvent, unreadable JSON, "
                + "missing required fields in turn");
        d.put("faults", faults.stream().map(Fault::component).collect(Collectors.joining(", ")) + ", one after another");
        d.put("timing", "warm-up " + warmUp.toSeconds() + " s; each component down " + downFor.toSeconds()
                + " s before deploy/local/up; " + settle.toSeconds() + " s after it caught up; catch-up timeout "
                + catchUpTimeout.toSeconds() + " s; final drain timeout " + drainTimeout.toSeconds() + " s");
        d.put("routing", agents + " agents online in the tenant's default queue (least loaded, capacity 1,000,000)");
        d.put("retries", "every request that got no 2xx is sent again after the last fault (same key and body), "
                + "up to 3 times");
        return d;
    }
}
