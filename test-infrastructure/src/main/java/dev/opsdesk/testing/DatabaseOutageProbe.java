package dev.opsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls a service while its database is cut ({@link DatabaseOutage}) and checks every answer: 503
 * {@code application/problem+json} of type {@value #TYPE} with a Retry-After, within the bound. It
 * keeps the times so the test can report them (docs/resilience.md quotes these lines).
 */
public final class DatabaseOutageProbe {

    public static final String TYPE = "https://problems.opsdesk.dev/database-unavailable";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final Duration bound;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Long> millis = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public DatabaseOutageProbe(URI base, Duration bound) {
        this.base = base;
        this.bound = bound;
    }

    /** One call; {@code bearer} (an Authorization header value) and {@code jsonBody} may be null. */
    public DatabaseOutageProbe call(String method, String path, String bearer, String jsonBody) {
        return call(method, path, bearer, jsonBody, null);
    }

    /** One call with one extra header given as {@code "Name: value"} (a webhook signature). */
    public DatabaseOutageProbe call(String method, String path, String bearer, String jsonBody, String header) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(jsonBody));
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        if (header != null) {
            int colon = header.indexOf(':');
            request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
        }
        long start = System.nanoTime();
        HttpResponse<String> response = send(request.build());
        long took = (System.nanoTime() - start) / 1_000_000;
        millis.add(took);
        String problem = check(response, took);
        if (problem != null) {
            failures.add(method + " " + path + ": " + problem);
        }
        return this;
    }

    /** The status of a plain GET, such as {@code /q/health/ready}. */
    public int status(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET().build()).statusCode();
    }

    /** What went wrong, one line per call; empty when every call answered as it should. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** "n calls answered 503 in p50 … ms, p99 … ms, max … ms". */
    public String summary() {
        List<Long> sorted = millis.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return "no calls";
        }
        return "%d calls answered in p50 %d ms, p99 %d ms, max %d ms".formatted(sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get((sorted.size() - 1) * 99 / 100), sorted.get(sorted.size() - 1));
    }

    private String check(HttpResponse<String> response, long took) {
        if (response.statusCode() != 503) {
            return "status " + response.statusCode() + " " + response.body();
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            return "content type " + response.headers().firstValue("Content-Type").orElse("none");
        }
        if (response.headers().firstValue("Retry-After").isEmpty()) {
            return "no Retry-After";
        }
        try {
            JsonNode body = JSON.readTree(response.body());
            if (!TYPE.equals(body.path("type").asText()) || body.path("status").asInt() != 503) {
                return "problem " + response.body();
            }
        } catch (IOException e) {
            return "body is not JSON: " + response.body();
        }
        return took < bound.toMillis() ? null : "answered in " + took + " ms, over " + bound.toMillis() + " ms";
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
