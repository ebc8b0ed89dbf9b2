package dev.opsdesk.testing.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generator without a service: a case depends only on seed and index, and the JDK client can send every one. */
class FuzzCasesAreReproducibleAndSendableTest {

    private static final URI BASE = URI.create("http://127.0.0.1:1/");

    private static List<CaseSource> sources() throws Exception {
        JsonNode example = new ObjectMapper().readTree("{\"channel\":\"EMAIL\",\"subject\":\"Hi\","
                + "\"requester\":{\"email\":\"a@example.com\"},\"topics\":[\"a\",\"b\"],\"count\":3}");
        return List.of(new JsonCases("POST", "/api/v1/tickets/{id}/notes", "/api/v1/tickets/abc/notes", "Bearer x", example, 3),
                new MimeCases("/api/v1/intake/email", "Bearer x", 3),
                new WebhookCases("/webhooks/messenger/{tenant}", "fuzz", i -> example, WebhookSigner.hubSignature256("s"), 2),
                new QueryCases("/api/v1/reports/{kind}", "/api/v1/reports/aht", "Bearer x",
                        Map.of("from", "2026-11-01", "to", "2026-11-30"), List.of("from", "to", "agentId"), 2));
    }

    @Test
    void aCaseIsTheSameForTheSameSeedAndIndexAndEveryCaseCanBeSent() throws Exception {
        List<CaseSource> sources = sources();
        FuzzSettings settings = new FuzzSettings(42, 3_000, Set.of());
        Set<String> kinds = new TreeSet<>();
        for (int index : settings.indexes()) {
            FuzzCase first = FuzzRunner.caseAt(sources, settings, index);
            FuzzCase again = FuzzRunner.caseAt(sources, settings, index);
            assertEquals(first.path(), again.path());
            assertEquals(first.headers(), again.headers());
            assertArrayEquals(first.body(), again.body(), "case " + index);
            HttpRequest.Builder request = HttpRequest.newBuilder(BASE.resolve(first.path()))
                    .method(first.method(), HttpRequest.BodyPublishers.ofByteArray(first.body()));
            first.headers().forEach(request::header);
            request.build();
            assertTrue(first.body().length < 10 * 1024 * 1024, "under the services' 10 MiB body limit: " + first.reproduce());
            kinds.add(first.kind());
        }
        assertTrue(kinds.size() > 50, "kinds: " + kinds);
    }
}
