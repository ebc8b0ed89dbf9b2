package dev.opsdesk.ticket.webhooks.service;

import dev.opsdesk.ticket.messaging.out.StructuredCloudEvent;
import dev.opsdesk.ticket.webhooks.config.WebhooksConfig;
import dev.opsdesk.ticket.webhooks.domain.TimestampedSignature;
import dev.opsdesk.ticket.webhooks.domain.WebhookDeliveryAttempt;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

/**
 * POSTs a delivery's CloudEvent with the JDK HttpClient: signed ({@link TimestampedSignature}),
 * connect and read timeouts from the configuration, redirects not followed (a redirect could lead to
 * an address the URL policy refuses), HTTP/1.1, no proxy.
 */
@ApplicationScoped
public class WebhookSender {

    static final String EVENT_ID_HEADER = "X-Opsdesk-Event-Id";
    static final String DELIVERY_ID_HEADER = "X-Opsdesk-Delivery-Id";

    private final HttpClient http;
    private final Duration readTimeout;
    private final Duration overall;
    private final Clock clock;

    WebhookSender(WebhooksConfig config, Clock clock) {
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
        this.readTimeout = config.readTimeout();
        this.overall = config.connectTimeout().plus(config.readTimeout());
        this.clock = clock;
    }

    CompletableFuture<AttemptResult> send(DeliveryClaim claim) {
        long timestamp = clock.instant().getEpochSecond();
        byte[] body = claim.body().getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(claim.url())).timeout(readTimeout)
                    .header("Content-Type", StructuredCloudEvent.MEDIA_TYPE + "; charset=utf-8")
                    .header("User-Agent", "opsdesk-webhooks/1")
                    .header(EVENT_ID_HEADER, claim.eventId().toString())
                    .header(DELIVERY_ID_HEADER, claim.deliveryId().toString())
                    .header(TimestampedSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(TimestampedSignature.SIGNATURE_HEADER, TimestampedSignature.sign(claim.secret(), timestamp, body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(AttemptResult.refused("cannot be requested: " + e.getMessage()));
        }
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request,
                info -> new FirstBytes(WebhookDeliveryAttempt.BODY_LIMIT));
        // the copy times out, so the exchange itself can still be cancelled (the request timeout covers only the headers)
        return exchange.copy().orTimeout(overall.toMillis(), TimeUnit.MILLISECONDS).handle((response, failure) -> {
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (failure != null) {
                exchange.cancel(true);
                return new AttemptResult(Optional.empty(), Optional.empty(), describe(failure), null, millis, false);
            }
            int status = response.statusCode();
            return new AttemptResult(Optional.of(status), retryAfter(response), status >= 200 && status < 300 ? null
                    : "HTTP " + status, response.body(), millis, false);
        });
    }

    /** Retry-After in seconds or as an HTTP date; ignored when unreadable. */
    static Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            if (value.matches("[0-9]{1,9}")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
            }
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(Duration.between(Instant.now(), at)).filter(d -> !d.isNegative());
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        String message = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return message.length() > 500 ? message.substring(0, 500) : message;
    }
}
