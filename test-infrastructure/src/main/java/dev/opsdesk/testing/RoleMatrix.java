package dev.opsdesk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A service's endpoint × role matrix, read from a CSV test resource (one row per operation:
 * {@code method,path,auth,agent,supervisor,qa,admin,integration,director}, cells {@code Y}, {@code N}
 * or {@code own}; {@code auth} is {@code jwt}, {@code hmac} or {@code public}), and the operations
 * of the service's OpenAPI document it must cover. Lines starting with {@code #} are comments.
 */
public final class RoleMatrix {

    public enum Role {
        AGENT, SUPERVISOR, QA, ADMIN, INTEGRATION, DIRECTOR;

        /** The {@code groups} value in a token. */
        public String group() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code OWN}: allowed, on the caller's own data only (e.g. an agent's own availability). */
    public enum Access { ALLOWED, OWN, DENIED }

    /** How an operation authenticates: a bearer JWT, a webhook's HMAC signature, or not at all. */
    public enum Auth { JWT, HMAC, PUBLIC }

    public record Operation(String method, String path) implements Comparable<Operation> {
        @Override
        public int compareTo(Operation other) {
            int byPath = path.compareTo(other.path);
            return byPath != 0 ? byPath : method.compareTo(other.method);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public record Row(Operation operation, Auth auth, Map<Role, Access> access) {
        public Access of(Role role) {
            return access.get(role);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private final List<Row> rows;

    private RoleMatrix(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** Reads the matrix from a class-path resource such as {@code /role-matrix.csv}. */
    public static RoleMatrix load(String resource) {
        try (InputStream in = RoleMatrix.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            List<Row> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(row(resource, number, line.split(",", -1)));
            }
            return new RoleMatrix(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Row row(String resource, int number, String[] cells) {
        if (cells.length != 3 + Role.values().length) {
            throw new IllegalArgumentException(resource + ":" + number + ": expected " + (3 + Role.values().length)
                    + " cells, found " + cells.length);
        }
        Operation operation = new Operation(cells[0].trim().toUpperCase(Locale.ROOT), cells[1].trim());
        Auth auth = Auth.valueOf(cells[2].trim().toUpperCase(Locale.ROOT));
        Map<Role, Access> access = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String cell = cells[3 + role.ordinal()].trim();
            access.put(role, switch (cell) {
                case "Y" -> Access.ALLOWED;
                case "own" -> Access.OWN;
                case "N" -> Access.DENIED;
                default -> throw new IllegalArgumentException(resource + ":" + number + ": cell '" + cell
                        + "' for " + role.group() + " is not Y, own or N");
            });
        }
        return new Row(operation, auth, access);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Operations of the OpenAPI document that have no row: each is an endpoint nobody decided roles for. */
    public Set<Operation> missingFrom(String openApiJson) {
        Set<Operation> missing = new TreeSet<>(requestContentTypes(openApiJson).keySet());
        rows.forEach(r -> missing.remove(r.operation()));
        return missing;
    }

    /** Rows naming an operation the OpenAPI document does not have (a typo or a removed endpoint). */
    public Set<Operation> unknownTo(String openApiJson) {
        Set<Operation> documented = requestContentTypes(openApiJson).keySet();
        Set<Operation> unknown = new TreeSet<>();
        rows.stream().map(Row::operation).filter(o -> !documented.contains(o)).forEach(unknown::add);
        return unknown;
    }

    /** Every operation of an OpenAPI 3 document with the first media type of its request body (or null). */
    public static Map<Operation, String> requestContentTypes(String openApiJson) {
        Map<Operation, String> operations = new LinkedHashMap<>();
        try {
            JsonNode paths = JSON.readTree(openApiJson).path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
                Map.Entry<String, JsonNode> path = p.next();
                for (Iterator<Map.Entry<String, JsonNode>> m = path.getValue().fields(); m.hasNext(); ) {
                    Map.Entry<String, JsonNode> method = m.next();
                    if (METHODS.contains(method.getKey())) {
                        Iterator<String> types = method.getValue().path("requestBody").path("content").fieldNames();
                        operations.put(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey()),
                                types.hasNext() ? types.next() : null);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operations;
    }
}
