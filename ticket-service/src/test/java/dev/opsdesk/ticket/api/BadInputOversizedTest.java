package dev.opsdesk.ticket.api;

import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_IDENTITY;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_MESSAGE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ADD_NOTE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.ASSIGN;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CHANGE_STATUS;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CLASSIFY;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CLOSE;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_CUSTOMER;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.CREATE_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.LOG_ON_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.LOG_WITHOUT_TICKET;
import static dev.opsdesk.ticket.api.BadInputFixtures.Endpoint.MERGE;
import static dev.opsdesk.ticket.api.BadInputFixtures.TENANT;
import static dev.opsdesk.ticket.api.BadInputFixtures.as;
import static dev.opsdesk.ticket.api.BadInputFixtures.assertProblem;
import static dev.opsdesk.ticket.api.BadInputFixtures.send;
import static dev.opsdesk.ticket.api.BadInputFixtures.withoutWrites;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.opsdesk.testing.RealInfrastructure;
import dev.opsdesk.testing.TestTokens;
import dev.opsdesk.ticket.api.BadInputFixtures.Endpoint;
import dev.opsdesk.ticket.api.BadInputFixtures.Target;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bodies over the server's limit are a 413 problem; strings and lists over their @Size are a 400 naming the field. */
@QuarkusTest
@WithTestResource(value = RealInfrastructure.class, scope = TestResourceScope.GLOBAL)
class BadInputOversizedTest {

    private static final int TWELVE_MB = 12 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Target target;

    @Inject
    EntityManager em;

    @TestHTTPResource("/")
    URI root;

    /** A syntactically fine request whose subject alone is 12 MB: the size decides, not the content. */
    private static byte[] twelveMegabyteTicket() {
        byte[] body = new byte[TWELVE_MB];
        Arrays.fill(body, (byte) 'x');
        byte[] head = "{\"channel\":\"EMAIL\",\"requester\":{\"email\":\"big@example.com\"},\"subject\":\""
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }

    @Test
    void aBodyOverTheLimitIsA413ProblemAndWritesNothing() {
        byte[] body = twelveMegabyteTicket();
        // Expect: 100-continue lets the server refuse before the client sends 12 MB it would not read
        assertProblem(withoutWrites(em, null, () -> as(TENANT, "agent").contentType("application/json")
                .header("Expect", "100-continue").body(body)
                .when().post("/api/v1/tickets")), 413)
                .body("type", endsWith("/payload-too-large"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void everyEndpointRefusesABodyOverTheLimit(Endpoint endpoint) {
        target = target == null ? Target.fresh() : target;
        assertProblem(withoutWrites(em, target, () -> as(TENANT, endpoint.role).contentType("application/json")
                .header("Expect", "100-continue").body(twelveMegabyteTicket())
                .when().request(endpoint.method, endpoint.path(target))), 413);
    }

    static Stream<Endpoint> everyEndpoint() {
        return Arrays.stream(Endpoint.values());
    }

    /** Without a Content-Length the limit is found while reading; Quarkus itself answers that one (a bare 413). */
    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AndWritesNothing() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(root.resolve("/api/v1/tickets"))
                .header("Authorization", TestTokens.bearer(TENANT, "agent"))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twelveMegabyteTicket())))
                .build();
        AtomicReference<HttpResponse<String>> response = new AtomicReference<>();
        withoutWrites(em, null, () -> {
            try {
                response.set(client.send(request, HttpResponse.BodyHandlers.ofString()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return null;
        });
        assertEquals(413, response.get().statusCode());
    }

    static Stream<Arguments> overSize() throws JsonProcessingException {
        String uuids = IntStream.range(0, 51).mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
                .collect(Collectors.joining(","));
        Map<String, String> manyFields = IntStream.range(0, 31).boxed()
                .collect(Collectors.toMap(i -> "Field " + i, i -> "x"));
        String emails = IntStream.range(0, 21).mapToObj(i -> "\"many" + i + "@example.com\"")
                .collect(Collectors.joining(","));
        return Stream.of(
                Arguments.of(CREATE_TICKET, "subject", "{\"channel\":\"EMAIL\",\"subject\":\"" + "x".repeat(999)
                        + "\",\"requester\":{\"email\":\"size@example.com\"}}"),
                Arguments.of(CREATE_TICKET, "subject", "{\"channel\":\"EMAIL\",\"subject\":\"" + "x".repeat(5_000_000)
                        + "\",\"requester\":{\"email\":\"size@example.com\"}}"),
                Arguments.of(CREATE_TICKET, "requester.email", "{\"channel\":\"EMAIL\",\"subject\":\"Hi\","
                        + "\"requester\":{\"email\":\"" + "a".repeat(400) + "@example.com\"}}"),
                Arguments.of(ADD_MESSAGE, "body", "{\"body\":\"" + "x".repeat(100_001) + "\"}"),
                Arguments.of(CHANGE_STATUS, "reply.body", "{\"status\":\"RESOLVED\",\"reply\":{\"body\":\""
                        + "x".repeat(100_001) + "\"}}"),
                Arguments.of(CHANGE_STATUS, "override.reason", "{\"status\":\"RESOLVED\",\"override\":{\"rules\":[\"R28\"],"
                        + "\"reason\":\"" + "x".repeat(2001) + "\"}}"),
                Arguments.of(ASSIGN, "owner", "{\"owner\":\"" + "x".repeat(201) + "\"}"),
                Arguments.of(ADD_NOTE, "fields", JSON.writeValueAsString(Map.of("templateId", "ticket-order-note",
                        "fields", Map.of("Order ID", "x".repeat(10_001))))),
                Arguments.of(ADD_NOTE, "fields", JSON.writeValueAsString(Map.of("templateId", "ticket-order-note",
                        "fields", manyFields))),
                Arguments.of(CLASSIFY, "topics", JSON.writeValueAsString(Map.of("topics",
                        List.of("x".repeat(301))))),
                Arguments.of(CLASSIFY, "topics", JSON.writeValueAsString(Map.of("topics",
                        IntStream.range(0, 21).mapToObj(i -> "Topic " + i).toList()))),
                Arguments.of(CLASSIFY, "orderId", "{\"topics\":[],\"orderId\":\"" + "1".repeat(65) + "\"}"),
                Arguments.of(CLOSE, "comment", "{\"resolution\":\"CLOSED_NO_ACTION\",\"comment\":\"" + "x".repeat(10_001) + "\"}"),
                Arguments.of(CLOSE, "reply", "{\"resolution\":\"RESOLVED\",\"reply\":\"" + "x".repeat(100_001) + "\"}"),
                Arguments.of(MERGE, "sources", "{\"sources\":[" + uuids + "]}"),
                Arguments.of(LOG_ON_TICKET, "taskCategory", "{\"taskCategory\":\"" + "x".repeat(201)
                        + "\",\"durationSeconds\":60}"),
                Arguments.of(LOG_WITHOUT_TICKET, "durationSeconds", "{\"taskCategory\":\"Spam Checking\","
                        + "\"durationSeconds\":2147483647}"),
                Arguments.of(CREATE_TENANT, "name", "{\"id\":\"size-t\",\"name\":\"" + "x".repeat(201)
                        + "\",\"template\":\"crazysales\"}"),
                Arguments.of(CREATE_CUSTOMER, "displayName", "{\"displayName\":\"" + "x".repeat(201)
                        + "\",\"emails\":[\"size.c@example.com\"]}"),
                Arguments.of(CREATE_CUSTOMER, "emails", "{\"emails\":[" + emails + "]}"),
                Arguments.of(ADD_IDENTITY, "value", "{\"kind\":\"SOCIAL\",\"value\":\"facebook:" + "x".repeat(420) + "\"}"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("overSize")
    void aValueOverItsSizeIsA400ProblemNamingTheField(Endpoint endpoint, String field, String body) {
        target = target == null ? Target.fresh() : target;
        assertProblem(withoutWrites(em, target, () -> send(endpoint, target, body)), 400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem(field));
    }
}
