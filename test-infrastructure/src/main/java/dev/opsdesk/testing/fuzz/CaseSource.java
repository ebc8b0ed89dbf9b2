package dev.opsdesk.testing.fuzz;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** One endpoint's supply of malformed requests; {@link #weight()} is its share of a run's cases. */
public interface CaseSource {

    /** The endpoint as the report names it: method and path template. */
    String endpoint();

    FuzzCase next(long seed, int index, Random random);

    default int weight() {
        return 1;
    }

    /** Headers of a case: the Authorization header (if any) and the Content-Type (if any). */
    static Map<String, String> headers(String authorization, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return headers;
    }

    /**
     * The resolved path with one of its parameters (the segments that are {@code {…}} in the
     * template) replaced by a hostile segment; the path unchanged when the template has none.
     */
    static String withHostileParameter(String template, String path, Random random) {
        String[] templateSegments = template.split("/", -1);
        String[] segments = path.split("/", -1);
        java.util.List<Integer> parameters = new java.util.ArrayList<>();
        for (int i = 0; i < templateSegments.length && i < segments.length; i++) {
            if (templateSegments[i].startsWith("{")) {
                parameters.add(i);
            }
        }
        if (parameters.isEmpty()) {
            return path;
        }
        segments[parameters.get(random.nextInt(parameters.size()))] = HostileValues.pathSegment(random);
        return String.join("/", segments);
    }

    static boolean hasParameters(String template) {
        return template.contains("{");
    }
}
