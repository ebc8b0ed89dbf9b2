package dev.opsdesk.benchmark.steps;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** One asynchronous HTTP/1.1 client (keep-alive pool) whose callbacks run on two daemon threads. */
public final class HttpClients {

    private HttpClients() {
    }

    public static HttpClient create() {
        ExecutorService callbacks = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "http-callbacks");
            t.setDaemon(true);
            return t;
        });
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1) // no h2c upgrade attempt on plain http
                .connectTimeout(Duration.ofSeconds(5))
                .executor(callbacks)
                .build();
    }
}
