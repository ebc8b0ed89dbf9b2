package dev.opsdesk.benchmark.steps;

import dev.opsdesk.benchmark.load.Outcome;
import dev.opsdesk.benchmark.load.RequestSender;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** {@code GET url} with a bearer token; any 2xx is a success. */
final class HttpGets implements RequestSender {

    private final HttpClient client;
    private final HttpRequest request;

    HttpGets(HttpClient client, URI url, String bearerToken, Duration timeout) {
        this.client = client;
        this.request = HttpRequest.newBuilder(url).timeout(timeout).header("Authorization", "Bearer " + bearerToken)
                .header("Accept", "application/json").GET().build();
    }

    @Override
    public CompletableFuture<Outcome> send(long sequence, long intendedStartNanos) {
        return client.sendAsync(request, IntakeRequests.BodyOnlyOnError.HANDLER)
                .thenApply(r -> r.statusCode() / 100 == 2 ? Outcome.OK : Outcome.error("HTTP " + r.statusCode(), r.body()))
                .exceptionally(Outcome::failure);
    }
}
