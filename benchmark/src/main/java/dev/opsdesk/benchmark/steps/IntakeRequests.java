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
import java.util.concurrent.CompletableFuture;

/**
 * {@code POST /api/v1/tickets} as an e-mail intake would send it, tenants taken in turn, requesters
 * from a pool (so most tickets find their customer, some create one). The subject carries the run id
 * and the request's number ({@code benchmark <run> #<n>}, or another prefix), so the end-to-end step
 * and the fault test recognise their own tickets; the Idempotency-Key is {@code <run>-<n>}, so a
 * request sent again under the same number is the same request.
 */
public final class IntakeRequests implements RequestSender {

    /** Told the id of each ticket created (from the Location header) with its request's intended start. */
    public interface CreatedListener {
        void created(String ticketId, long intendedStartNanos);
    }

    /**
     * Told every answer: its HTTP status (0 when none came), the ticket id of a 2xx and whether it
     * was an earlier request's ticket (Idempotent-Replayed), or the failure.
     */
    public interface AnswerListener {
        void answered(long sequence, long intendedStartNanos, int status, String ticketId, boolean replayed,
                      Throwable failure);
    }

    private final HttpClient client;
    private final URI endpoint;
    private final List<String> bearerTokens;
    private final String runId;
    private final String subjectPrefix;
    private final int requesterPool;
    private final boolean idempotencyKeys;
    private final Duration timeout;
    private final CreatedListener listener;
    private final AnswerListener answers;

    public IntakeRequests(HttpClient client, URI ticketService, List<String> bearerTokens, String runId,
                          int requesterPool, boolean idempotencyKeys, Duration timeout, CreatedListener listener) {
        this(client, ticketService, bearerTokens, runId, "benchmark", requesterPool, idempotencyKeys, timeout,
                listener, null);
    }

    public IntakeRequests(HttpClient client, URI ticketService, List<String> bearerTokens, String runId,
                          String subjectPrefix, int requesterPool, boolean idempotencyKeys, Duration timeout,
                          CreatedListener listener, AnswerListener answers) {
        this.client = client;
        this.endpoint = ticketService.resolve("/api/v1/tickets");
        this.bearerTokens = List.copyOf(bearerTokens);
        this.runId = runId;
        this.subjectPrefix = subjectPrefix;
        this.requesterPool = requesterPool;
        this.idempotencyKeys = idempotencyKeys;
        this.timeout = timeout;
        this.listener = listener;
        this.answers = answers;
    }

    /** The same requests (numbers, keys, bodies) whose answers go to another listener: for retries. */
    public IntakeRequests withListener(AnswerListener other) {
        return new IntakeRequests(client, endpoint.resolve("/"), bearerTokens, runId, subjectPrefix, requesterPool,
                idempotencyKeys, timeout, listener, other);
    }

    public static String subjectMarker(String runId) {
        return subjectMarker("benchmark", runId);
    }

    public static String subjectMarker(String prefix, String runId) {
        return prefix + " " + runId + " #";
    }

    public static String idempotencyKey(String runId, long sequence) {
        return runId + "-" + sequence;
    }

    static String body(String runId, long sequence, int requesterPool) {
        return body("benchmark", runId, sequence, requesterPool);
    }

    static String body(String prefix, String runId, long sequence, int requesterPool) {
        return "{\"channel\":\"EMAIL\",\"subject\":\"" + subjectMarker(prefix, runId) + sequence
                + "\",\"requester\":{\"email\":\"bench-" + (sequence % requesterPool) + "@example.com\"}}";
    }

    @Override
    public CompletableFuture<Outcome> send(long sequence, long intendedStartNanos) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(timeout)
                .header("Authorization", "Bearer " + bearerTokens.get((int) (sequence % bearerTokens.size())))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(subjectPrefix, runId, sequence, requesterPool)));
        if (idempotencyKeys) {
            request.header("Idempotency-Key", idempotencyKey(runId, sequence));
        }
        return client.sendAsync(request.build(), BodyOnlyOnError.HANDLER)
                .thenApply(response -> outcome(response, sequence, intendedStartNanos))
                .exceptionally(failure -> {
                    if (answers != null) {
                        answers.answered(sequence, intendedStartNanos, 0, null, false, failure);
                    }
                    return Outcome.failure(failure);
                });
    }

    private Outcome outcome(HttpResponse<String> response, long sequence, long intendedStartNanos) {
        String location = response.headers().firstValue("Location").orElse("");
        String ticketId = location.isEmpty() ? null : location.substring(location.lastIndexOf('/') + 1);
        if (answers != null) {
            answers.answered(sequence, intendedStartNanos, response.statusCode(),
                    response.statusCode() / 100 == 2 ? ticketId : null,
                    response.headers().firstValue("Idempotent-Replayed").map("true"::equals).orElse(false), null);
        }
        if (response.statusCode() != 201) {
            return Outcome.error("HTTP " + response.statusCode(), response.body());
        }
        if (listener != null && ticketId != null) {
            listener.created(ticketId, intendedStartNanos);
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
