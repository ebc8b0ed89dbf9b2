package dev.opsdesk.benchmark.fault;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.benchmark.env.LocalStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The run's own tenant: created in ticket-service from a template, set up in routing-service from
 * its {@code default} template (one least-loaded queue) with agents online whose capacity never
 * runs out, so routing assigns every ticket; and reporting-service's count of its tickets.
 */
final class TenantSetup {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final LocalStack stack;
    private final URI ticketUrl;
    private final URI routingUrl;
    private final URI reportingUrl;

    TenantSetup(HttpClient http, LocalStack stack, URI ticketUrl, URI routingUrl, URI reportingUrl) {
        this.http = http;
        this.stack = stack;
        this.ticketUrl = ticketUrl;
        this.routingUrl = routingUrl;
        this.reportingUrl = reportingUrl;
    }

    void create(String tenant, String ticketTemplate, String adminTenant, int agents) throws IOException, InterruptedException {
        send("POST", ticketUrl.resolve("/api/v1/tenants"), stack.token(adminTenant, "admin"),
                "{\"id\":\"" + tenant + "\",\"name\":\"Fault test " + tenant + "\",\"template\":\"" + ticketTemplate + "\"}");
        String admin = stack.token(tenant, "admin");
        send("POST", routingUrl.resolve("/api/v1/routing/setup"), admin, "{\"template\":\"default\"}");
        for (int i = 1; i <= agents; i++) {
            URI agent = routingUrl.resolve("/api/v1/routing/agents/fault-agent-" + i);
            send("PUT", agent, admin, "{\"name\":\"Fault agent " + i + "\",\"groups\":[\"default\"],\"skills\":[],"
                    + "\"capacity\":{\"*\":1000000},\"timeZone\":\"UTC\"}");
            send("PUT", URI.create(agent + "/availability"), admin, "{\"presence\":\"ONLINE\"}");
        }
    }

    /** reporting-service's ticket-volume count for the tenant, or null when it does not answer (three tries). */
    Long ticketVolume(String tenant) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(reportingUrl.resolve("/api/v1/reports/ticket-volume"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + stack.token(tenant, "supervisor"))
                .GET().build();
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return JSON.readTree(response.body()).path("created").asLong();
                }
            } catch (IOException e) {
                // slow or restarting: try again
            }
            Thread.sleep(2000);
        }
        return null;
    }

    private void send(String method, URI uri, String token, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + uri + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
