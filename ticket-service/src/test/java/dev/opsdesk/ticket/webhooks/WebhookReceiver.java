package dev.opsdesk.ticket.webhooks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver in the test JVM (the JDK's HTTP server on a free loopback port). Each endpoint
 * answers the statuses it was given, in turn, then 200, and verifies every request's signature the
 * way docs/webhooks.md tells receivers to — written here from the docs, not with the service's code.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, and whether its signature verified with the endpoint's secret. */
    record Received(String eventId, String timestamp, String signature, String contentType, byte[] body,
                    boolean verified) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A scripted answer: status and an optional Retry-After. */
    record Answer(int status, String retryAfter) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<String, Deque<Answer>> scripts = new ConcurrentHashMap<>();
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

    private WebhookReceiver(HttpServer server) {
        this.server = server;
    }

    static WebhookReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            WebhookReceiver receiver = new WebhookReceiver(server);
            server.createContext("/", receiver::handle);
            server.setExecutor(receiver.threads);
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new endpoint answering {@code statuses} in turn, then 200; returns its URL. */
    String endpoint(int... statuses) {
        Answer[] answers = new Answer[statuses.length];
        for (int i = 0; i < statuses.length; i++) {
            answers[i] = new Answer(statuses[i], null);
        }
        return answering(answers);
    }

    /** A new endpoint giving {@code answers} in turn, then 200; returns its URL. */
    String answering(Answer... answers) {
        String path = "/hook/" + UUID.randomUUID();
        scripts.put(path, new ConcurrentLinkedDeque<>(List.of(answers)));
        received.put(path, new CopyOnWriteArrayList<>());
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The secret the endpoint verifies signatures with (the one the subscription's create answer showed). */
    void secret(String url, String secret) {
        secrets.put(pathOf(url), secret);
    }

    List<Received> received(String url) {
        return List.copyOf(received.get(pathOf(url)));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String timestamp = exchange.getRequestHeaders().getFirst("X-Opsdesk-Timestamp");
        String signature = exchange.getRequestHeaders().getFirst("X-Opsdesk-Signature");
        List<Received> log = received.get(path);
        if (log != null) {
            log.add(new Received(exchange.getRequestHeaders().getFirst("X-Opsdesk-Event-Id"), timestamp, signature,
                    exchange.getRequestHeaders().getFirst("Content-Type"), body,
                    verify(secrets.get(path), timestamp, signature, body)));
        }
        Deque<Answer> script = scripts.get(path);
        Answer answer = script == null ? new Answer(404, null) : script.isEmpty() ? new Answer(200, null) : script.poll();
        if (answer.retryAfter() != null) {
            exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
        }
        byte[] reply = ("answer " + answer.status()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    /**
     * docs/webhooks.md, "Verifying a delivery": the timestamp within 5 minutes of now, and a v1 entry
     * equal to hex(HMAC-SHA256(key = secret, message = timestamp + "." + raw body)), compared in constant time.
     */
    static boolean verify(String secret, String timestamp, String signature, byte[] body) {
        if (secret == null || timestamp == null || signature == null
                || Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.UTF_8);
            for (String part : signature.split(",")) {
                if (part.startsWith("v1=") && MessageDigest.isEqual(expected,
                        part.substring(3).getBytes(StandardCharsets.UTF_8))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pathOf(String url) {
        return java.net.URI.create(url).getPath();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
