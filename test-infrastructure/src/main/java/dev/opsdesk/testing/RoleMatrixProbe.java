package dev.opsdesk.testing;

import dev.opsdesk.testing.RoleMatrix.Access;
import dev.opsdesk.testing.RoleMatrix.Auth;
import dev.opsdesk.testing.RoleMatrix.Operation;
import dev.opsdesk.testing.RoleMatrix.Role;
import dev.opsdesk.testing.RoleMatrix.Row;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one request per cell of a {@link RoleMatrix} to a running service and lists every cell
 * whose answer disagrees: allowed → anything but 401, 403 or 5xx (400/404/409/422 are fine, the
 * request is a probe); denied → 403; no token → 401. Path parameters get a fresh UUID unless the
 * test names a value; bodies are {@code {}} in the operation's media type. Only the status line is
 * read, so streams (SSE) do not hold the probe.
 */
public final class RoleMatrixProbe {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final URI base;
    private final RoleMatrix matrix;
    private final Map<Operation, String> contentTypes;
    private final Map<String, Function<Role, String>> ownValues = new HashMap<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<Operation, String> bodies = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public RoleMatrixProbe(URI base, RoleMatrix matrix, String openApiJson) {
        this.base = base;
        this.matrix = matrix;
        this.contentTypes = RoleMatrix.requestContentTypes(openApiJson);
    }

    /** A path parameter naming the caller (e.g. {@code agentId} → the token subject); {@code own} cells also try someone else's. */
    public RoleMatrixProbe ownParameter(String name, Function<Role, String> value) {
        ownValues.put(name, value);
        return this;
    }

    /** A fixed value for a path parameter (e.g. an existing dataset name). */
    public RoleMatrixProbe parameter(String name, String value) {
        values.put(name, value);
        return this;
    }

    /** The body sent to one operation instead of {@code {}} (e.g. one that is refused before it does anything). */
    public RoleMatrixProbe body(String method, String path, String body) {
        bodies.put(new Operation(method, path), body);
        return this;
    }

    /** Every cell of every row for a tenant the test owns; an empty list means the matrix holds. */
    public List<String> disagreements(String tenant) {
        List<String> failures = new ArrayList<>();
        for (Row row : matrix.rows()) {
            int anonymous = send(row.operation(), null, path(row.operation(), null, false));
            if (row.auth() == Auth.JWT && anonymous != 401) {
                failures.add(row.operation() + " without a token: " + anonymous + ", expected 401");
            }
            if (row.auth() == Auth.PUBLIC && (anonymous == 401 || anonymous == 403 || anonymous >= 500)) {
                failures.add(row.operation() + " (public) without a token: " + anonymous);
            }
            for (Role role : Role.values()) {
                String token = TestTokens.bearer(tenant, role.group());
                int status = send(row.operation(), token, path(row.operation(), role, false));
                if (row.auth() == Auth.HMAC) {
                    if (status != anonymous) {
                        failures.add(row.operation() + " (HMAC) as " + role.group() + ": " + status
                                + ", but " + anonymous + " without a token: a JWT must change nothing");
                    }
                    continue;
                }
                check(failures, row, role, status);
                if (row.of(role) == Access.OWN && hasOwnParameter(row.operation())) {
                    int others = send(row.operation(), token, path(row.operation(), role, true));
                    if (others != 403) {
                        failures.add(row.operation() + " as " + role.group() + " on someone else's: " + others
                                + ", expected 403");
                    }
                }
            }
        }
        return failures;
    }

    /** Every JWT row with each bad token of {@link BadTokens} (401) and tokens without a valid tenant (403). */
    public List<String> badTokenDisagreements(String tenant) {
        List<String> failures = new ArrayList<>();
        for (Row row : matrix.rows()) {
            if (row.auth() != Auth.JWT) {
                continue;
            }
            Role allowed = Arrays.stream(Role.values()).filter(r -> row.of(r) != Access.DENIED)
                    .findFirst().orElse(Role.ADMIN);
            String path = path(row.operation(), allowed, false);
            BadTokens.refusedWith401(tenant, allowed.group()).forEach((name, token) -> {
                int status = send(row.operation(), token, path);
                if (status != 401) {
                    failures.add(row.operation() + " with a token " + name + ": " + status + ", expected 401");
                }
            });
            for (String token : List.of(BadTokens.withoutTenant(allowed.group()),
                    BadTokens.withMalformedTenant(allowed.group()))) {
                int status = send(row.operation(), token, path);
                if (status != 403) {
                    failures.add(row.operation() + " with a token without a valid tenant: " + status + ", expected 403");
                }
            }
        }
        return failures;
    }

    private static void check(List<String> failures, Row row, Role role, int status) {
        boolean denied = row.of(role) == Access.DENIED;
        if (denied ? status != 403 : status == 401 || status == 403 || status >= 500) {
            failures.add(row.operation() + " as " + role.group() + ": " + status
                    + (denied ? ", expected 403" : ", expected an allowed answer (not 401, 403 or 5xx)"));
        }
    }

    private boolean hasOwnParameter(Operation operation) {
        Matcher m = PARAMETER.matcher(operation.path());
        while (m.find()) {
            if (ownValues.containsKey(m.group(1))) {
                return true;
            }
        }
        return false;
    }

    private String path(Operation operation, Role role, boolean someoneElse) {
        Matcher m = PARAMETER.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value;
            if (ownValues.containsKey(name)) {
                value = someoneElse || role == null ? "someone-else" : ownValues.get(name).apply(role);
            } else {
                value = values.getOrDefault(name, UUID.randomUUID().toString());
            }
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** The status of one request; the body is not read. */
    public int send(Operation operation, String authorization, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String type = contentTypes.get(operation);
        boolean hasBody = operation.method().equals("POST") || operation.method().equals("PUT")
                || operation.method().equals("PATCH");
        if (hasBody) {
            String mediaType = type == null ? "application/json" : type;
            String body = bodies.getOrDefault(operation, mediaType.contains("json") ? "{}" : "probe");
            request.header("Content-Type", mediaType).method(operation.method(), HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(operation.method(), HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close();
            return response.statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
