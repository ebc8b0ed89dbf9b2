package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.Outcome;
import dev.opsdesk.benchmark.load.RequestSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/v1/tickets} as an e-mail intake would send it, tenants taken in turn, requesters
 * from a pool (so most tickets find their customer, some create one). The subject carries the run id,
 * so the end-to-end step recognises its own {@code ticket.created} records.
 */
public final class IntakeRequests implements RequestSender {

    /** Told the id of each ticket created (from the Location header) with its request's intended start. */
    public interface CreatedListener {
        void created(String ticketId, long intendedStartNanos);
    }

    private final HttpClient client;
    private final URI endpoint;
    private final List<String> bearerTokens;
    private final String runId;
    private final int requesterPool;
    private final boolean idempotencyKeys;
    private final Duration timeout;
    private final CreatedListener listener;

    public IntakeRequests(HttpClient client, URI ticketService, List<String> bearerTokens, String runId,
                          int requesterPool, boolean idempotencyKeys, Duration timeout, CreatedListener listener) {
        this.client = client;
        this.endpoint = ticketService.resolve("/api/v1/tickets");
        this.bearerTokens = List.copyOf(bearerTokens);
        this.runId = runId;
        this.requesterPool = requesterPool;
        this.idempotencyKeys = idempotencyKeys;
        this.timeout = timeout;
        this.listener = listener;
    }

    public static String subjectMarker(String runId) {
        return "benchmark " + runId + " #";
    }

    static String body(String runId, long sequence, int requesterPool) {
        return "{\"channel\":\"EMAIL\",\"subject\":\"" + subjectMarker(runId) + sequence
                + "\",\"requester\":{\"email\":\"bench-" + (sequence % requesterPool) + "@example.com\"}}";
    }

    @Override
    public CompletableFuture<Outcome> send(long sequence, long intendedStartNanos) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", "Bearer " + bearerTokens.get((int) (sequence % bearerTokens.size())))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(runId, sequence, requesterPool)));
        if (idempotencyKeys) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        return client.sendAsync(request.build(), BodyOnlyOnError.HANDLER)
                .thenApply(response -> outcome(response, intendedStartNanos))
                .exceptionally(Outcome::failure);
    }

    private Outcome outcome(HttpResponse<String> response, long intendedStartNanos) {
        if (response.statusCode() != 201) {
            return Outcome.error("HTTP " + response.statusCode(), response.body());
        }
        String location = response.headers().firstValue("Location").orElse("");
        if (listener != null && !location.isEmpty()) {
            listener.created(location.substring(location.lastIndexOf('/') + 1), intendedStartNanos);
        }
        return Outcome.OK;
    }

    /** Reads the body only of failed requests (for the report's error samples); discards the rest. */
    static final class BodyOnlyOnError {
        static final HttpResponse.BodyHandler<String> HANDLER = info -> info.statusCode() < 300
                ? HttpResponse.BodySubscribers.replacing(null)
                : HttpResponse.BodySubscribers.ofString(StandardCharsets.UTF_8);

        private BodyOnlyOnError() {
        }
    }
}
