package dev.opsdesk.ticket.webhooks.service;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Keeps the first {@code limit} bytes of an answer's body and cancels the rest (a receiver may answer with anything). */
final class FirstBytes implements HttpResponse.BodySubscriber<String> {

    private final int limit;
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final CompletableFuture<String> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    FirstBytes(int limit) {
        this.limit = limit;
    }

    @Override
    public CompletionStage<String> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        for (ByteBuffer buffer : items) {
            int n = Math.min(buffer.remaining(), limit - kept.size());
            byte[] chunk = new byte[n];
            buffer.get(chunk);
            kept.write(chunk, 0, n);
        }
        if (kept.size() >= limit) {
            subscription.cancel();
            complete();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onError(Throwable failure) {
        result.completeExceptionally(failure);
    }

    @Override
    public void onComplete() {
        complete();
    }

    /** PostgreSQL text cannot hold NUL; invalid UTF-8 (or a character cut at the limit) becomes U+FFFD. */
    private void complete() {
        result.complete(kept.toString(StandardCharsets.UTF_8).replace('\u0000', '\uFFFD'));
    }
}
