package dev.opsdesk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.opsdesk.testing.RoleMatrix;
import dev.opsdesk.testing.TestTokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A service's fuzz run: JSON cases for every POST, PUT and PATCH of its OpenAPI document (examples
 * from the schema, overlaid with the test's own valid values), query cases for the GET operations it
 * names, and any other sources (MIME, webhooks); each JSON endpoint is called with a role the role
 * matrix allows, so the body parser is reached. Writes target/fuzz-report.{json,md}.
 */
public final class ServiceFuzz {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RoleMatrix.Role> PREFERRED = List.of(RoleMatrix.Role.SUPERVISOR, RoleMatrix.Role.ADMIN,
            RoleMatrix.Role.AGENT, RoleMatrix.Role.INTEGRATION, RoleMatrix.Role.QA, RoleMatrix.Role.DIRECTOR);

    private final String service;
    private final URI base;
    private final OpenApiOperations openApi;
    private final RoleMatrix matrix;
    private final String tenant;
    private final Map<String, JsonNode> overlays = new LinkedHashMap<>();
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final List<CaseSource> extra = new ArrayList<>();
    private Function<String, String> paths = template -> template;
    private Predicate<OpenApiOperations.Operation> queried = o -> false;
    private final Map<String, String> queryValues = new LinkedHashMap<>();
    private WriteWatch watch;
    private final Set<String> asynchronous = new HashSet<>();

    public ServiceFuzz(String service, URI base, String openApiJson, RoleMatrix matrix, String tenant) {
        this.service = service;
        this.base = base;
        this.openApi = new OpenApiOperations(openApiJson);
        this.matrix = matrix;
        this.tenant = tenant;
    }

    /** Valid values laid over the schema's example of {@code operation} ("POST /api/v1/tickets"); an array or scalar replaces it. */
    public ServiceFuzz example(String operation, String json) {
        try {
            overlays.put(operation, JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A document the service answered (e.g. the GET of what the PUT replaces) as the valid values of
     * {@code operation}, keeping only the properties its request body has.
     */
    public ServiceFuzz current(String operation, JsonNode document) {
        OpenApiOperations.Operation op = openApi.writes().stream().filter(o -> o.toString().equals(operation)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no operation " + operation));
        if (document != null && document.isObject()) {
            ObjectNode kept = ((ObjectNode) document.deepCopy()).retain(openApi.properties(op));
            overlays.put(operation, kept);
        }
        return this;
    }

    /** The real path for a template, e.g. with the id of a ticket made for it. */
    public ServiceFuzz paths(Function<String, String> paths) {
        this.paths = paths;
        return this;
    }

    public ServiceFuzz skip(String operation, String why) {
        skipped.put(operation, why);
        return this;
    }

    /** GET operations whose query parameters are fuzzed too. */
    public ServiceFuzz queries(Predicate<OpenApiOperations.Operation> which) {
        this.queried = which;
        return this;
    }

    /** Valid values of query parameters by name, over the schema's; an empty value leaves the parameter out. */
    public ServiceFuzz queryValues(Map<String, String> values) {
        queryValues.putAll(values);
        return this;
    }

    /** An operation whose accepted requests go on writing after the answer (e.g. a 202 that starts a job). */
    public ServiceFuzz asynchronous(String operation) {
        asynchronous.add(operation);
        return this;
    }

    public ServiceFuzz add(CaseSource source) {
        extra.add(source);
        return this;
    }

    public ServiceFuzz watch(WriteWatch watch) {
        this.watch = watch;
        return this;
    }

    /** The sources of the run; operations without a JSON body still get JSON cases (they must refuse them cleanly). */
    public List<CaseSource> sources() {
        List<CaseSource> sources = new ArrayList<>();
        for (OpenApiOperations.Operation operation : openApi.writes()) {
            String key = operation.toString();
            if (skipped.containsKey(key) || operation.contentType() != null && !operation.takesJson()) {
                continue;
            }
            String role = allowedRole(operation);
            if (role == null) {
                continue;
            }
            sources.add(new JsonCases(operation.method(), operation.path(), paths.apply(operation.path()),
                    TestTokens.bearer(tenant, role), exampleOf(operation), 2));
        }
        for (OpenApiOperations.Operation operation : openApi.operations()) {
            String role = allowedRole(operation);
            if (operation.method().equals("GET") && queried.test(operation) && role != null) {
                // the valid query: required parameters and those the test gives values for
                Map<String, String> example = new LinkedHashMap<>(openApi.queryExample(operation));
                Set<String> required = new HashSet<>();
                operation.query().stream().filter(OpenApiOperations.Parameter::required).forEach(p -> required.add(p.name()));
                example.keySet().removeIf(name -> !required.contains(name) && !queryValues.containsKey(name));
                example.replaceAll((name, value) -> queryValues.getOrDefault(name, value));
                example.values().removeIf(String::isEmpty);
                List<String> declared = operation.query().stream().map(OpenApiOperations.Parameter::name).toList();
                sources.add(new QueryCases(operation.path(), paths.apply(operation.path()), TestTokens.bearer(tenant, role),
                        example, declared, 2));
            }
        }
        sources.addAll(extra);
        return sources;
    }

    /** The operation's example: the schema's, with the test's overlay on top. */
    public JsonNode exampleOf(OpenApiOperations.Operation operation) {
        JsonNode example = openApi.example(operation);
        JsonNode overlay = overlays.get(operation.toString());
        if (overlay == null) {
            return example;
        }
        if (example instanceof ObjectNode object && overlay.isObject()) {
            object.setAll((ObjectNode) overlay.deepCopy());
            return object;
        }
        return overlay;
    }

    private String allowedRole(OpenApiOperations.Operation operation) {
        RoleMatrix.Operation key = new RoleMatrix.Operation(operation.method(), operation.path());
        return matrix.rows().stream().filter(r -> r.operation().equals(key)).findFirst()
                .flatMap(row -> PREFERRED.stream().filter(r -> row.of(r) == RoleMatrix.Access.ALLOWED).findFirst()
                        .or(() -> PREFERRED.stream().filter(r -> row.of(r) == RoleMatrix.Access.OWN).findFirst()))
                .map(RoleMatrix.Role::group).orElse(null);
    }

    /** Sends the cases, writes the report into target/ and prints its table. */
    public FuzzReport run(int defaultCases) {
        FuzzSettings settings = FuzzSettings.fromSystemProperties(service, defaultCases);
        FuzzReport report = new FuzzRunner(base, watch, asynchronous).run(service, settings, sources());
        report.write(Path.of("target"));
        System.out.println(report.markdown());
        return report;
    }

    /** Fails with every 5xx, timeout, dropped connection and partial write, each with how to replay it. */
    public static void assertNoFailures(FuzzReport report) {
        if (report.failureCount() == 0) {
            return;
        }
        StringBuilder message = new StringBuilder(report.failureCount() + " fuzz failure(s); see target/fuzz-report.json\n");
        report.failures().stream().limit(25).forEach(f -> message.append(f.what()).append(' ').append(f.status())
                .append(' ').append(f.endpoint()).append(' ').append(f.kind()).append(' ').append(f.path()).append(" [").append(f.reproduce())
                .append("] ").append(f.detail() == null ? "" : f.detail().replace('\n', ' ')).append("\n    body: ")
                .append(f.body()).append('\n'));
        throw new AssertionError(message.toString());
    }

    /** Operations of the OpenAPI document's writes this run does not cover, with why. */
    public Map<String, String> skipped() {
        return Map.copyOf(skipped);
    }
}
